'use strict';
const { execFile } = require('node:child_process');
const { readFile } = require('node:fs/promises');
const { promisify } = require('node:util');

const run = promisify(execFile);

const FAILURE = {
  en: 'request failed',
  de: 'Anfrage fehlgeschlagen',
  fr: 'la requête a échoué',
  ja: 'リクエストに失敗しました',
  zh: '请求失败',
  ru: 'запрос не выполнен',
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

function languageFrom(tag) {
  const m = /^([A-Za-z]{2,3})\b/.exec(tag || '');
  return m ? m[1].toLowerCase() : 'en';
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
  const language = languageFrom(locale);
  return { locale, language, failure: FAILURE[language] || FAILURE.en, context: 128_000 };
}

module.exports = { gatherFacts };
