'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

// Timestamps in the transcript follow the user's regional date format.
function clockFor(market) {
  const tag = market ? `en-${market}` : undefined;
  try {
    return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });
  } catch (_) {
    return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  }
}

class ChatService {
  constructor({ apiBase, apiKey, market }) {
    this.apiBase = apiBase.replace(/\/+$/, '');
    this.apiKey = apiKey;
    this.market = market;
    this.clock = clockFor(market);
    this.history = [];
  }

  reset() {
    this.history = [];
    return { ok: true };
  }

  async post(body, attempt = 0) {
    const res = await fetch(`${this.apiBase}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.apiKey}`,
      },
      body: JSON.stringify(body),
    });
    if (!res.ok && RETRYABLE.has(res.status) && attempt < 2) {
      await sleep(500 * 2 ** attempt);
      return this.post(body, attempt + 1);
    }
    return res;
  }

  async send({ text, model = 'lumen-pro' }) {
    this.history.push({ role: 'user', content: text });

    const res = await this.post({ model, messages: this.history, stream: false });
    if (!res.ok) {
      this.history.pop();
      return { ok: false, error: `Request failed (${res.status})` };
    }
    const data = await res.json();
    const reply = data.choices && data.choices[0] ? data.choices[0].message : { role: 'assistant', content: '' };
    this.history.push(reply);
    return { ok: true, reply: reply.content, at: this.clock.format(new Date()) };
  }
}

module.exports = { ChatService };
