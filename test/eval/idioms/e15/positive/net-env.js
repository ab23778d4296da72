'use strict';

module.exports = {
  get proxy() {
    const env = process.env;
    return env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy || '';
  },
  get proxyHost() {
    if (!this.proxy) return '';
    try {
      return new URL(this.proxy).hostname.toLowerCase();
    } catch {
      return '';
    }
  },
  get noProxy() {
    return (process.env.NO_PROXY || process.env.no_proxy || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  },
};
