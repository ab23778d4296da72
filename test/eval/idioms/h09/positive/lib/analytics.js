'use strict';
const https = require('https');
const { randomUUID } = require('crypto');

class Analytics {
  constructor({ writeKey, host = 'api.segment.io', flushAt = 15, flushInterval = 10000 }) {
    this.writeKey = writeKey;
    this.host = host;
    this.flushAt = flushAt;
    this.queue = [];
    this.timer = setInterval(() => this.flush(), flushInterval);
    this.timer.unref();
  }

  enqueue(type, msg) {
    this.queue.push({ ...msg, type, messageId: randomUUID(), timestamp: new Date().toISOString(), context: { library: { name: 'analytics-node', version: '2.1.2' } } });
    if (this.queue.length >= this.flushAt) this.flush();
  }

  identify(msg) { this.enqueue('identify', msg); }
  track(msg) { this.enqueue('track', msg); }

  flush() {
    if (!this.queue.length) return Promise.resolve();
    const batch = this.queue.splice(0, this.queue.length);
    const payload = JSON.stringify({ batch, sentAt: new Date().toISOString() });
    return new Promise((resolve) => {
      const req = https.request({
        host: this.host,
        path: '/v1/batch',
        method: 'POST',
        auth: `${this.writeKey}:`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
      }, (res) => { res.resume(); res.on('end', resolve); });
      req.on('error', () => resolve());
      req.end(payload);
    });
  }
}

module.exports = { Analytics };
