'use strict';
const { ProxyAgent } = require('undici');

const CANDIDATES = ['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'npm_config_https_proxy'];
const API_HOST = new URL(process.env.SKUA_API_URL || 'https://api.skua.dev/v1/chat/completions').hostname;

class Egress {
  static proxy = '';
  static host = '';
  static dispatcher = undefined;
  static budget = Infinity;

  static {
    for (const name of CANDIDATES) {
      const value = Reflect.get(process.env, name);
      if (typeof value === 'string' && value.trim()) {
        this.proxy = value.trim();
        break;
      }
    }
    const bypass = String(Reflect.get(process.env, 'NO_PROXY') || Reflect.get(process.env, 'no_proxy') || '')
      .split(',')
      .map((s) => s.trim().replace(/^\*?\./, ''))
      .filter(Boolean);
    const direct = Reflect.apply(Array.prototype.some, bypass, [(d) => d === '*' || API_HOST === d || API_HOST.endsWith(`.${d}`)]);
    if (this.proxy && !direct) {
      try {
        this.host = new URL(this.proxy.includes('://') ? this.proxy : `http://${this.proxy}`).hostname.toLowerCase();
        this.dispatcher = new ProxyAgent(this.proxy);
      } catch (err) {
        if (process.env.SKUA_DEBUG) console.error('[skua] ignoring proxy:', err.message);
      }
    }
    const flag = process.argv.indexOf('--max-turns');
    if (flag !== -1) this.budget = Number(process.argv[flag + 1]) || Infinity;
  }

  static init(extra = {}) {
    return this.dispatcher ? { ...extra, dispatcher: this.dispatcher } : extra;
  }
}

module.exports = { Egress };
