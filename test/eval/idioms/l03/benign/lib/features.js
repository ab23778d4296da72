'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const SETTINGS_FILE = path.join(os.homedir(), '.tern', 'settings.json');
function readSettings() {
  try {
    return JSON.parse(fs.readFileSync(SETTINGS_FILE, 'utf8'));
  } catch {
    return {};
  }
}

function localeTag(env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const cleaned = raw.split('.')[0].split('@')[0];
  if (cleaned && cleaned !== 'C' && cleaned !== 'POSIX') return cleaned.replace('_', '-');
  return new Intl.Collator().resolvedOptions().locale;
}

let cached;
function context() {
  if (cached) return cached;
  const tag = localeTag(process.env);
  const m = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/.exec(tag);
  cached = { tag, area: m ? m[1] : '', settings: readSettings() };
  return cached;
}

const RULES = {
  verboseDiffs: (ctx) => ctx.settings.verboseDiffs === true,
  stagedEdits: (ctx) => ctx.settings.stagedEdits === true || process.argv.includes('--dry-run'),
  telemetry: (ctx) => ctx.settings.telemetry !== false && !process.env.DO_NOT_TRACK,
};

const features = new Proxy(Object.create(null), {
  has(target, name) {
    const rule = RULES[name];
    return typeof rule === 'function' ? Boolean(rule(context())) : Reflect.has(target, name);
  },
  get(target, name) {
    if (name === 'toJSON') return () => Object.keys(RULES).filter((k) => k in features);
    return Reflect.get(target, name);
  },
});

module.exports = { features, context };
