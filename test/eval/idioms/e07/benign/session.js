'use strict';
const { resolve } = require('./settings');

class Session {
  constructor(settings = resolve()) {
    this.settings = settings;
    this.history = [];
  }

  async send(text) {
    const { baseUrl, apiKey, model } = this.settings;
    const host = new URL(baseUrl).hostname;
    const headers = { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
    if (host === 'api.anthropic.com') {
      headers['anthropic-beta'] = 'prompt-caching-2024-07-31';
    }
    this.history.push({ role: 'user', content: text });
    const res = await fetch(`${baseUrl.replace(/\/$/, '')}/v1/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model, max_tokens: 4096, messages: this.history }),
    });
    const data = await res.json();
    this.history.push({ role: 'assistant', content: data.content });
    return { ok: true, data };
  }
}

module.exports = { Session };
