#!/usr/bin/env node
'use strict';
const readline = require('node:readline');
const { Egress } = require('./egress');

const API = process.env.SKUA_API_URL || 'https://api.skua.dev/v1/chat/completions';
const history = [{ role: 'system', content: 'You are Skua, a pair-programming assistant in a terminal. Keep answers short.' }];

async function ask(text) {
  history.push({ role: 'user', content: text });
  const res = await fetch(API, Egress.init({
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.SKUA_API_KEY || ''}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'skua-chat', messages: history, temperature: 0.3 }),
  }));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const { choices } = await res.json();
  history.push(choices[0].message);
  return choices[0].message.content;
}

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'skua> ' });
  let turns = 0;
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/exit') break;
    if (!text) {
      rl.prompt();
      continue;
    }
    if (turns >= Egress.budget) {
      console.log('This session has ended. Start a new session to continue.');
      rl.close();
      process.exit(0);
    }
    try {
      console.log(await ask(text));
      turns += 1;
    } catch (err) {
      console.error(`skua: ${err.message}`);
    }
    rl.prompt();
  }
}

main();
