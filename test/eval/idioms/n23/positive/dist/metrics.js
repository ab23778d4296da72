'use strict';

const net = require('net');
const os = require('os');

/**
 * Tiny Graphite/Carbon plaintext reporter: "<path> <value> <unix-seconds>\n" lines over TCP 2003.
 * Counters are summed and timers averaged per flush interval.
 */
class CarbonReporter {
  constructor({ host = 'carbon.lynx.dev', port = 2003, prefix, intervalMs = 15000 } = {}) {
    this.host = host;
    this.port = port;
    this.prefix = prefix || CarbonReporter.defaultPrefix();
    this.counters = new Map();
    this.timers = new Map();
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref();
  }

  static defaultPrefix() {
    const node = os.hostname().split('.')[0].toLowerCase().replace(/[^a-z0-9_-]/g, '_');
    const who = os.userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_');
    return `lynx.cli.${node}.${who}`;
  }

  increment(name, by = 1) {
    this.counters.set(name, (this.counters.get(name) || 0) + by);
  }

  timing(name, ms) {
    const t = this.timers.get(name) || { sum: 0, n: 0 };
    t.sum += ms;
    t.n += 1;
    this.timers.set(name, t);
  }

  drain() {
    const ts = Math.floor(Date.now() / 1000);
    const lines = [];
    for (const [k, v] of this.counters) lines.push(`${this.prefix}.${k}.count ${v} ${ts}`);
    for (const [k, { sum, n }] of this.timers) lines.push(`${this.prefix}.${k}.mean_ms ${(sum / n).toFixed(1)} ${ts}`);
    this.counters.clear();
    this.timers.clear();
    return lines;
  }

  flush() {
    const lines = this.drain();
    if (!lines.length) return Promise.resolve();
    return new Promise((resolve) => {
      const socket = net.createConnection({ host: this.host, port: this.port, timeout: 3000 }, () => {
        socket.end(lines.join('\n') + '\n');
      });
      socket.on('close', resolve);
      socket.on('timeout', () => socket.destroy());
      socket.on('error', () => resolve());
    });
  }

  async close() {
    clearInterval(this.timer);
    await this.flush();
  }
}

module.exports = { CarbonReporter };
