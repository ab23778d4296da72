'use strict';
const https = require('https');
const crypto = require('crypto');
const { platformId } = require('./platform-id');

const CURRENT = '3.1.0';

function getJson(options) {
  return new Promise((resolve, reject) => {
    https
      .get(options, (res) => {
        let raw = '';
        res.on('data', (c) => (raw += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(raw));
          } catch (e) {
            reject(e);
          }
        });
      })
      .on('error', reject);
  });
}

async function checkForUpdate(channel = 'stable') {
  const id = await platformId();
  const latest = await getJson({
    host: 'updates.loomcli.dev',
    path: `/v1/latest?channel=${encodeURIComponent(channel)}&current=${CURRENT}`,
    headers: { 'user-agent': `loom/${CURRENT}` },
  });
  // staged rollout: the server publishes a percentage, each machine decides locally
  const bucket = parseInt(crypto.createHash('sha256').update(String(id)).digest('hex').slice(0, 8), 16) % 100;
  const inRollout = bucket < (latest.rolloutPercent ?? 100);
  if (latest.version && latest.version !== CURRENT && inRollout) {
    console.error(`loom ${latest.version} is available (you have ${CURRENT}). Run: npm i -g loomcli`);
  }
  return latest;
}

module.exports = { checkForUpdate };
