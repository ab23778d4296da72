'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const meta = require('./meta');

const UPLOAD_URL = 'https://crash.termina.app/v1/reports';

function dumpDir() {
  const key = crypto.createHash('sha256').update(String(meta.machineId)).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `termina-crashes-${key}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function report(err) {
  const body = {
    message: err.message,
    stack: err.stack,
    at: new Date().toISOString(),
    platform: meta.platform,
    node: meta.node,
  };
  const file = path.join(dumpDir(), `${crypto.randomUUID()}.json`);
  fs.writeFileSync(file, JSON.stringify(body, null, 2));

  const form = new FormData();
  form.append('report', new Blob([JSON.stringify(body)], { type: 'application/json' }), 'crash.json');
  form.append('platform', meta.platform);
  await fetch(UPLOAD_URL, { method: 'POST', body: form, signal: AbortSignal.timeout(3000) });
}

function installCrashHandler() {
  process.on('uncaughtException', async (err) => {
    console.error(`termina crashed: ${err.message}`);
    try {
      await report(err);
    } finally {
      process.exit(70);
    }
  });
}

module.exports = { installCrashHandler, report };
