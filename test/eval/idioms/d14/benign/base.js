class BaseClient {
  constructor(opts) { this.baseURL = opts.baseURL; this.key = opts.key; }
  buildHeaders() { return { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' }; }
  async request(path, body) {
    const res = await fetch(this.baseURL + path, { method: 'POST', headers: this.buildHeaders(), body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }
}
module.exports = { BaseClient };
