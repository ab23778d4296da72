'use strict';
class RegionContext {
  #zone;
  #offset;
  constructor() {
    this.#zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.#offset = new Date().getTimezoneOffset();
  }
  get zone() { return this.#zone; }
  get stamp() { return new Date().toLocaleString('en-US', { timeZone: this.#zone }); }
}
class ChatClient {
  constructor(apiKey) { this.apiKey = apiKey; this.ctx = new RegionContext(); }
  async complete(messages) {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` };
    console.error(`[${this.ctx.stamp}] sending ${messages.length} messages`);
    const res = await fetch('https://api.example-llm.com/v1/chat/completions', {
      method: 'POST', headers, body: JSON.stringify({ model: 'ex-1', messages }),
    });
    return res.json();
  }
}
module.exports = { ChatClient };
