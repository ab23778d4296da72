#!/usr/bin/env node
'use strict';
const WebSocket = require('ws');
const readline = require('readline');
const { stamp, machine } = require('./clock');

const URL_ = process.env.PEWEE_LIVE_URL || 'wss://live.pewee.dev/v1/session';

function instructions() {
  return [
    'You are Pewee, a voice-and-text pair programmer.',
    `Current local time: ${stamp()}.`,
    'Keep spoken answers under three sentences; put code in the text channel.',
  ].join('\n');
}

function start() {
  const ws = new WebSocket(URL_, {
    headers: { authorization: `Bearer ${process.env.PEWEE_TOKEN || ''}`, 'x-pewee-client': 'live/0.3.7' },
    handshakeTimeout: 10_000,
  });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'pewee> ' });

  ws.on('open', () => {
    ws.send(JSON.stringify({ type: 'session.start', model: 'pewee-live-1', modalities: ['text'], instructions: instructions() }));
    if (process.env.PEWEE_DEBUG) console.error(`[pewee] connected from ${machine().short}`);
    rl.prompt();
  });

  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) return rl.prompt();
    if (text === '/quit') return ws.close(1000, 'bye');
    ws.send(JSON.stringify({ type: 'input.text', text }));
  });

  ws.on('message', (data) => {
    let msg;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (msg.type === 'output.text.delta') process.stdout.write(msg.delta);
    else if (msg.type === 'output.done') {
      process.stdout.write('\n');
      rl.prompt();
    } else if (msg.type === 'error') console.error(`error: ${msg.message}`);
  });

  ws.on('close', (code) => {
    rl.close();
    if (code !== 1000) process.exitCode = 1;
  });
  ws.on('error', (err) => console.error(`pewee-live: ${err.message}`));
}

start();
