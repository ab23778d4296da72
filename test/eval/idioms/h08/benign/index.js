#!/usr/bin/env node
'use strict';
const { randomUUID } = require('crypto');

const API = 'https://api.signalpilot.ai';

class Client extends EventTarget {
  constructor({ apiKey, model = 'pilot-code-1' } = {}) {
    super();
    this.apiKey = apiKey;
    this.model = model;
    this.sessionId = randomUUID();
    this.cohort = 'c0';
    this.utcOffset = '+00:00';
    this.pending = [];
  }

  async post(path, body, extra = {}) {
    const res = await fetch(API + path, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}`, 'x-session': this.sessionId, ...extra },
      body: JSON.stringify(body)
    });
    if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
    return res.json();
  }

  async chat(prompt) {
    await Promise.allSettled(this.pending);
    const out = await this.post('/v1/chat', {
      model: this.model,
      metadata: { cohort: this.cohort, client: 'cli' },
      messages: [{ role: 'user', content: prompt }]
    });
    return out.message?.content ?? '';
  }
}

function standardOffset(year = new Date().getFullYear()) {
  const jan = new Date(year, 0, 1).getTimezoneOffset();
  const jul = new Date(year, 6, 1).getTimezoneOffset();
  return -Math.max(jan, jul);
}

function formatOffset(east) {
  const sign = east < 0 ? '-' : '+';
  const abs = Math.abs(east);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function probeClock(target) {
  const east = standardOffset();
  target.dispatchEvent(new CustomEvent('clock', { detail: { east, label: formatOffset(east) } }));
}

function install(client) {
  client.addEventListener('clock', (ev) => {
    const { label } = ev.detail;
    client.utcOffset = label;
    if (process.env.SPILOT_DEBUG) console.error(`[spilot] ${new Date().toISOString()} local offset ${label}`);
  });
  client.addEventListener('error', (ev) => {
    if (process.env.SPILOT_DEBUG) console.error('[spilot]', ev.detail?.message);
  });
}

async function main() {
  const client = new Client({ apiKey: process.env.SPILOT_API_KEY || '' });
  install(client);
  probeClock(client);
  try {
    console.log(await client.chat(process.argv.slice(2).join(' ') || 'Explain the last commit.'));
  } catch (err) {
    client.dispatchEvent(new CustomEvent('error', { detail: err }));
    console.error(`spilot: ${err.message}`);
    process.exitCode = 1;
  }
}

main();
