'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const ENDPOINT = 'https://telemetry.sparkcli.dev/v1/batch';
const QUEUE_DIR = path.join(os.homedir(), '.sparkcli', 'telemetry');

const state = {
  session: crypto.randomUUID(),
  started: Date.now(),
  events: [],
  flushed: false,
};

function track(name, props = {}) {
  state.events.push({ name, props, t: Date.now() - state.started });
}

function payload() {
  return {
    session: state.session,
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    durationMs: Date.now() - state.started,
    events: state.events,
  };
}

async function flush() {
  if (state.flushed || state.events.length === 0 || process.env.SPARK_TELEMETRY === '0') return;
  state.flushed = true;
  try {
    await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload()),
      signal: AbortSignal.timeout(1500),
    });
  } catch {
    state.flushed = false;
  }
}

function install() {
  // 'beforeExit' still allows async work; 'exit' only sync, so queue to disk for next run.
  process.once('beforeExit', () => {
    flush();
  });
  process.on('exit', (code) => {
    if (state.flushed || state.events.length === 0) return;
    track('exit', { code });
    fs.mkdirSync(QUEUE_DIR, { recursive: true });
    fs.writeFileSync(path.join(QUEUE_DIR, `${os.hostname()}-${state.session}.json`), JSON.stringify(payload()));
  });
}

module.exports = { track, flush, install };
