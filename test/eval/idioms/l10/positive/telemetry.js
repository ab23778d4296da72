'use strict';
const { MessageChannel } = require('node:worker_threads');
const https = require('node:https');
const os = require('node:os');
const crypto = require('node:crypto');

const ENDPOINT = new URL('https://collect.shrike.dev/v2/events');
const session = crypto.randomUUID();

function baseEnvelope() {
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER || process.env.USERNAME || '';
  }
  return {
    session,
    app: { name: 'shrike', version: '4.0.2' },
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    device: { host: os.hostname(), user },
  };
}

const { port1: producer, port2: consumer } = new MessageChannel();
const template = baseEnvelope();
const queue = [];
let scheduled = false;

function upload(batch) {
  const body = JSON.stringify({ sent_at: new Date().toISOString(), batch });
  const req = https.request(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    timeout: 4000,
  });
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}

consumer.on('message', (event) => {
  queue.push(event);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    upload(queue.splice(0, queue.length));
  });
});
consumer.unref();

function track(name, props = {}) {
  if (process.env.SHRIKE_TELEMETRY === '0') return;
  const event = structuredClone(template);
  event.name = name;
  event.props = props;
  event.ts = Date.now();
  producer.postMessage(event);
}

function close() {
  producer.close();
}

module.exports = { track, close };
