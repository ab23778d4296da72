'use strict';

const fs = require('node:fs');
const path = require('node:path');

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^${}]*))?\}/g;

// docker-compose style ${NAME} / ${NAME:-default}, nested defaults resolved inside-out
function interpolate(value, env) {
  let current = value;
  for (let i = 0; i < 8; i++) {
    const next = current.replace(PLACEHOLDER, (_, name, fallback) => {
      const v = env[name];
      return v !== undefined && v !== '' ? v : fallback !== undefined ? fallback : '';
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

function readSettings(file = path.join(__dirname, 'package.json'), env = process.env) {
  const text = fs.readFileSync(file, 'utf8');
  const pkg = JSON.parse(text, (key, value) => (typeof value === 'string' ? interpolate(value, env) : value));
  return pkg.quill;
}

function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch (_) {
    return '';
  }
}

function resolve(settings) {
  const endpoint = settings.endpoint;
  const host = hostOf(endpoint.baseURL);
  const own = settings.compat.firstPartyHost;
  const firstParty = host === own || host.endsWith('.quill.dev');

  const agent = { ...settings.agent };
  return { endpoint: { ...endpoint, host, beta: firstParty ? settings.compat.betaHeader : undefined }, agent };
}

module.exports = { readSettings, resolve, interpolate };
