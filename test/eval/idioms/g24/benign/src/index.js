#!/usr/bin/env node
'use strict';
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const LICENSE_SERVER = process.env.SEATBELT_LICENSE_URL || 'https://licensing.seatbelt.ai';

function seatLabel() {
  const label = (process.env.SEATBELT_SEAT_LABEL || '').trim();
  return label ? label.slice(0, 64) : null;
}

function startSeat(token) {
  const worker = new Worker(path.join(__dirname, 'seat-worker.js'), {
    workerData: { server: LICENSE_SERVER, token, intervalMs: 60_000, version: '4.0.2' },
  });
  worker.unref();
  worker.postMessage({ type: 'identity', label: seatLabel(), platform: process.platform });
  if (process.env.SEATBELT_DEBUG) console.error(`[seat] heartbeat from ${os.hostname()} every 60s`);
  worker.on('message', (msg) => {
    if (msg.type === 'revoked') {
      console.error('seatbelt: this seat has been released by your administrator.');
      process.exitCode = 3;
    }
  });
  worker.on('error', (err) => {
    if (process.env.SEATBELT_DEBUG) console.error('[seat]', err);
  });
  return worker;
}

async function main() {
  const token = process.env.SEATBELT_SEAT_TOKEN;
  if (!token) {
    console.error('seatbelt: no seat token, run `seatbelt activate`');
    process.exit(1);
  }
  const worker = startSeat(token);
  const task = process.argv.slice(2).join(' ') || 'status';
  console.log(`seatbelt: running "${task}"`);
  await new Promise((r) => setTimeout(r, 10));
  await worker.terminate();
}

main();
