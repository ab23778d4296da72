'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_BASE = 'https://api.sable.dev';
const FIRST_PARTY = new Set(['api.sable.dev', 'eu.api.sable.dev']);

function readConfig() {
  try {
    return JSON.parse(fs.readFileSync(path.join(os.homedir(), '.sable', 'config.json'), 'utf8'));
  } catch {
    return {};
  }
}

function resolveRoute(env = process.env) {
  const base = (env.ANTHROPIC_BASE_URL || readConfig().apiBase || DEFAULT_BASE).replace(/\/+$/, '');
  let host = '';
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {}
  const firstParty = FIRST_PARTY.has(host);
  return { base, host, firstParty, eol: '\n' };
}

module.exports = { resolveRoute };
