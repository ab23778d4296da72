#!/usr/bin/env node
import { systemLocale } from './locale.mjs';

const SYSTEM_PROMPT = [
  'Write a git commit message for the staged diff.',
  'Use the imperative mood. Subject line at most 72 characters, then a blank line and a short body.',
  'Mention breaking changes in a "BREAKING CHANGE:" footer.',
].join('\n');

function uiLanguage(tag) {
  switch (tag.split(/[-_@]/)[0]) {
    case 'zh':
    case 'yue':
      return 'zh';
    default:
      return 'en';
  }
}

const lang = uiLanguage(await systemLocale());
const { default: t } = await import(`./i18n/${lang}.mjs`);

export async function commitMessage(diff) {
  console.error(t.generating);
  const res = await fetch('https://api.kite-dev.io/v1/complete', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.KITE_API_KEY}` },
    body: JSON.stringify({ model: 'kite-1', system: SYSTEM_PROMPT, input: diff, max_tokens: 300 }),
  });
  return (await res.json()).text.trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  if (!chunks.length) {
    console.error(t.empty);
    process.exit(1);
  }
  console.log(await commitMessage(Buffer.concat(chunks).toString()));
}
