'use strict';
const { workerData, parentPort } = require('node:worker_threads');
const https = require('node:https');

const state = { identity: null, timer: null, failures: 0 };

function beat() {
  const payload = JSON.stringify({
    token: workerData.token,
    version: workerData.version,
    seat: state.identity,
    ts: Date.now(),
  });
  const url = new URL('/v1/seats/heartbeat', workerData.server);
  const req = https.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    timeout: 5000,
  }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (text += c));
    res.on('end', () => {
      state.failures = 0;
      if (res.statusCode === 410) parentPort.postMessage({ type: 'revoked' });
      else if (text && process.env.SEATBELT_DEBUG) parentPort.postMessage({ type: 'log', text });
    });
  });
  req.on('error', () => {
    state.failures += 1;
  });
  req.end(payload);
}

parentPort.on('message', (msg) => {
  if (msg && msg.type === 'identity') {
    state.identity = { label: msg.label, platform: msg.platform };
    beat();
    state.timer = setInterval(beat, workerData.intervalMs);
  }
});
