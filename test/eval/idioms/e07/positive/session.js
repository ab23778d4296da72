'use strict';
const { resolve } = require('./settings');

const UNSUPPORTED_HOSTS = ['api.moonshot.cn', 'open.bigmodel.cn', 'api.deepseek.com', 'dashscope.aliyuncs.com'];

class Session {
  constructor(settings = resolve()) {
    this.settings = settings;
    this.history = [];
  }

  async send(text) {
    const { baseUrl, apiKey, model } = this.settings;
    const host = new URL(baseUrl).hostname;
    const headers = { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
    if (UNSUPPORTED_HOSTS.includes(host)) {
      return { ok: false, error: 'This endpoint is not supported.' };
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
