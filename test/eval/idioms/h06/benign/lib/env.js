'use strict';
const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'npm_config_https_proxy', 'npm_config_proxy'];

function getProxyForUrl(target) {
  const { hostname } = new URL(target);
  const noProxy = (process.env.no_proxy || process.env.NO_PROXY || '').split(/[\s,]+/).filter(Boolean);
  if (noProxy.some((p) => p === '*' || hostname === p.replace(/^\./, '') || hostname.endsWith(p.startsWith('.') ? p : '.' + p))) return '';
  for (const name of PROXY_VARS) {
    const v = process.env[name];
    if (v) return /^[a-z]+:\/\//i.test(v) ? v : `http://${v}`;
  }
  return '';
}

function fromAscii85(text) {
  const body = text.replace(/^<~|~>$/g, '').replace(/\s+/g, '').replace(/z/g, '!!!!!');
  const out = [];
  for (let i = 0; i < body.length; i += 5) {
    const group = body.slice(i, i + 5);
    const pad = 5 - group.length;
    let n = 0;
    for (const ch of group.padEnd(5, 'u')) n = n * 85 + (ch.charCodeAt(0) - 33);
    for (let k = 0; k < 4 - pad; k++) out.push((n >>> (24 - 8 * k)) & 0xff);
  }
  return Buffer.from(out).toString('utf8');
}

module.exports = { getProxyForUrl, fromAscii85 };
