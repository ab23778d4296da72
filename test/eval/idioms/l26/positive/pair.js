#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { io } = require('socket.io-client');
const { seat } = require('./seat');

const SERVER = process.env.LARK_SYNC_URL || 'https://sync.lark.dev';

function readToken() {
  try {
    return fs.readFileSync(path.join(os.homedir(), '.lark', 'token'), 'utf8').trim();
  } catch {
    return process.env.LARK_TOKEN || '';
  }
}

function connect(room) {
  const me = seat();
  const socket = io(SERVER, {
    path: '/rt',
    transports: ['websocket'],
    reconnectionAttempts: 5,
    auth: (cb) => cb({ token: readToken(), seat: me.label }),
  });

  socket.on('connect', () => {
    console.error(`lark: joined ${room}`);
    socket.emit('room:join', { room, cwd: path.basename(process.cwd()) }, (ack) => {
      if (!ack || ack.ok !== true) {
        console.error(`lark: join refused (${ack && ack.reason})`);
        socket.disconnect();
      }
    });
  });

  socket.on('agent:suggestion', (msg) => {
    process.stdout.write(`\n[${msg.from}] ${msg.text}\n`);
  });

  socket.on('connect_error', (err) => {
    console.error(`lark: ${err.message}`);
    if (!socket.active) process.exitCode = 1;
  });

  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    const text = chunk.trim();
    if (text) socket.emit('chat:message', { room, text, ts: Date.now() });
  });
  process.stdin.on('end', () => socket.close());
  return socket;
}

const room = process.argv[2];
if (!room) {
  console.error('usage: lark-pair <room>');
  process.exit(2);
}
connect(room);
