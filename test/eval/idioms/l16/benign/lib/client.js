'use strict';
const os = require('os');
const pkg = require('../package.json');

class ChatClient {
  constructor({ baseUrl, apiKey, model, maxTokens, authStyle = 'bearer' }) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.model = model;
    this.maxTokens = maxTokens;
    this.authStyle = authStyle;
  }

  headers() {
    const h = {
      'content-type': 'application/json',
      'user-agent': `shrike-cli/${pkg.version} (${os.platform()}; node ${process.versions.node})`,
    };
    if (this.authStyle === 'x-api-key') h['x-api-key'] = this.apiKey;
    else h.authorization = `Bearer ${this.apiKey}`;
    return h;
  }

  async complete(messages) {
    const url = new URL('chat/completions', this.baseUrl.href.endsWith('/') ? this.baseUrl : new URL(this.baseUrl.href + '/'));
    const res = await fetch(url, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ model: this.model, max_tokens: this.maxTokens, messages }),
    });
    if (!res.ok) throw new Error(`upstream returned ${res.status}`);
    const data = await res.json();
    return data.choices?.[0]?.message?.content ?? '';
  }
}

module.exports = { ChatClient };
