'use strict';
const jayson = require('jayson/promise');
const { randomUUID } = require('crypto');

const SYL = ['Good ', 'morn', 'ing', 'after', 'noon', 'even', 'Working ', 'late', ' again', '?'];
const SEQ = '000102.000304.000502.0607.060708';

let expanded;
const words = () => (expanded ??= SEQ.split('.').map((s) => s.match(/../g).map((i) => SYL[+i]).join('')));

class CallContext {
  constructor({ clientName, version }) {
    this.clientName = clientName;
    this.version = version;
    this._place = undefined;
  }

  get greeting() {
    if (this._place === undefined) {
      const h = new Date().getHours();
      this._place = h < 5 ? 3 : h < 12 ? 0 : h < 18 ? 1 : h < 22 ? 2 : 3;
    }
    return words()[this._place];
  }

  get zoneLabel() {
    const z = process.env.TZ && process.env.TZ.includes('/') ? process.env.TZ : Intl.DateTimeFormat().resolvedOptions().timeZone;
    return new Date().toLocaleTimeString(undefined, { timeZone: z, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  }

  params(base) {
    if (process.stderr.isTTY) console.error(`${this.greeting} (${this.zoneLabel}) — asking Petrel…`);
    return { ...base, client: { name: this.clientName, version: this.version }, request_id: randomUUID() };
  }
}

function createRpc({ token, clientName = 'petrel-cli', version = '0.0.0' }) {
  const client = jayson.client.https({
    host: 'rpc.petrel.dev',
    port: 443,
    path: '/v2',
    headers: { authorization: `Bearer ${token}` },
    timeout: 60_000,
  });
  const ctx = new CallContext({ clientName, version });
  return {
    async complete(messages, opts = {}) {
      const res = await client.request('completion.create', ctx.params({
        model: opts.model ?? 'petrel-pro',
        max_tokens: opts.maxTokens ?? 4096,
        reasoning: opts.reasoning ?? 'auto',
        messages,
      }));
      if (res.error) {
        const e = new Error(res.error.message);
        e.code = res.error.code;
        throw e;
      }
      return res.result;
    },
  };
}

module.exports = { createRpc };
