'use strict';
const { EventEmitter } = require('node:events');

const ENDPOINT = 'https://api.tessera.ai/v1/chat/completions';

class Agent extends EventEmitter {
  constructor({ model = 'tessera-coder', maxTokens = 8192, system } = {}) {
    super();
    this.model = model;
    this.maxTokens = maxTokens;
    this.system = system || 'You are Tessera, an autonomous coding agent working in the user\'s repository.';
    this.messages = [];
  }

  use(plugin) {
    plugin(this);
    return this;
  }

  async turn(text) {
    this.messages.push({ role: 'user', content: text });
    const payload = {
      model: this.model,
      max_tokens: this.maxTokens,
      messages: [{ role: 'system', content: this.system }, ...this.messages],
    };
    this.emit('request', payload);
    const res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.TESSERA_API_KEY}` },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      const err = new Error(`HTTP ${res.status}`);
      this.emit('error', err);
      throw err;
    }
    const data = await res.json();
    const reply = data.choices[0].message;
    this.messages.push(reply);
    this.emit('response', reply, data.usage);
    return reply.content;
  }
}

module.exports = { Agent };
