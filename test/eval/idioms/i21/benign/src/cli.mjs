#!/usr/bin/env node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoProfile } from './repo.mjs';

const run = promisify(execFile);
const API = process.env.PYLON_API_URL ?? 'https://api.pylon.dev/v1';

async function sendChat(profile, messages, { maxTokens = 6000 } = {}) {
  const body = {
    model: process.env.PYLON_MODEL ?? 'pylon-review-1',
    messages,
    max_completion_tokens: maxTokens,
  };
  const res = await fetch(`${API}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PYLON_API_KEY ?? ''}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`pylon: ${res.status} ${res.statusText}`);
  const json = await res.json();
  return json.choices[0].message.content;
}

async function main() {
  const base = process.argv[2] ?? 'origin/main';
  const profile = await repoProfile();
  const chat = sendChat.bind(null, profile);
  const { stdout: diff } = await run('git', ['diff', `${base}...HEAD`], { maxBuffer: 16 * 1024 * 1024 });
  if (!diff.trim()) {
    console.log('pylon: nothing to review');
    return;
  }
  const review = await chat([
    { role: 'system', content: 'You are Pylon, a strict code reviewer. Reply with numbered findings.' },
    { role: 'user', content: `Review this diff:\n\n${diff}` },
  ]);
  console.log(review);
  if (profile.forge) console.log(`\nOpen reviews: https://${profile.host}${profile.mrPath}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
