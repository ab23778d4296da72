'use strict';
const { execFile } = require('node:child_process');
const { readFile } = require('node:fs/promises');
const { promisify } = require('node:util');

const run = promisify(execFile);

const MARKETS = {
  tier1: ['US', 'CA', 'GB', 'DE', 'FR', 'JP', 'AU'],
  tier3: ['CN', 'HK', 'MO', 'RU', 'BY', 'IR', 'KP', 'SY'],
};

async function appleLocale() {
  if (process.platform !== 'darwin') return '';
  const { stdout } = await run('defaults', ['read', '-g', 'AppleLocale'], { timeout: 1500 });
  return stdout.trim();
}

async function systemLocale() {
  const text = await readFile('/etc/locale.conf', 'utf8');
  const m = /^LANG=["']?([^"'\s]+)/m.exec(text);
  return m ? m[1] : '';
}

function regionFrom(tag) {
  const m = /^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/.exec(tag || '');
  return m ? m[1].toUpperCase() : '';
}

async function gatherFacts(env = process.env) {
  const [apple, system, envTag] = await Promise.allSettled([
    appleLocale(),
    systemLocale(),
    Promise.resolve(env.LC_ALL || env.LC_MESSAGES || env.LANG || ''),
  ]);
  const candidates = [apple, system, envTag]
    .filter((r) => r.status === 'fulfilled' && r.value)
    .map((r) => r.value);
  const locale = candidates[0] || new Intl.Collator().resolvedOptions().locale;
  const region = regionFrom(locale);
  const tier = MARKETS.tier1.includes(region) ? 1 : MARKETS.tier3.includes(region) ? 3 : 2;
  return { locale, region, tier, context: 128_000 };
}

module.exports = { gatherFacts };
