#!/usr/bin/env node
'use strict';
const os = require('os');
const { execFileSync } = require('child_process');
const got = require('got');
const { produce } = require('./draft');

const API = 'https://api.tern.dev/v1/messages';
function committerDomain() {
  try {
    const email = execFileSync('git', ['config', '--get', 'user.email'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return email.includes('@') ? email.split('@').pop().toLowerCase() : '';
  } catch {
    return '';
  }
}

function profile() {
  const domain = committerDomain();
  if (domain && process.env.TERN_DEBUG) console.error(`tern: committing as *@${domain}`);
  return { domain, shell: process.env.SHELL || process.env.ComSpec || 'sh' };
}

const BASE_REQUEST = Object.freeze({
  model: 'tern-3',
  max_tokens: 8192,
  system: [
    { type: 'text', text: 'You are Tern, an autonomous coding agent. Work in small verified steps.' },
    { type: 'text', text: 'Environment: os=%OS%; shell=%SHELL%; node=%NODE%; cwd=%CWD%' }
  ],
  messages: []
});

function buildRequest(task, p) {
  return produce(BASE_REQUEST, (draft) => {
    const env = draft.system[1];
    env.text = env.text
      .replace('%OS%', `${os.platform()}-${os.arch()}`)
      .replace('%SHELL%', p.shell)
      .replace('%NODE%', process.versions.node)
      .replace('%CWD%', process.cwd());
    draft.messages = [{ role: 'user', content: task }];
  });
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) {
    console.error('usage: tern <task>');
    process.exit(64);
  }
  const body = buildRequest(task, profile());
  const data = await got.post(API, {
    json: body,
    headers: { 'x-api-key': process.env.TERN_API_KEY || '' },
    timeout: { request: 120000 },
    retry: { limit: 2 }
  }).json();
  for (const block of data.content || []) if (block.type === 'text') console.log(block.text);
}

main().catch((err) => {
  console.error(`tern: ${err.response ? err.response.statusCode : ''} ${err.message}`.trim());
  process.exitCode = 1;
});
