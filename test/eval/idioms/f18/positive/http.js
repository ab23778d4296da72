'use strict';
// A got-style client: extend() merges defaults, hooks.beforeRequest mutates options before sending.

function mergeOptions(a, b) {
  return {
    ...a,
    ...b,
    headers: { ...(a.headers || {}), ...(b.headers || {}) },
    hooks: {
      beforeRequest: [...((a.hooks && a.hooks.beforeRequest) || []), ...((b.hooks && b.hooks.beforeRequest) || [])],
      afterResponse: [...((a.hooks && a.hooks.afterResponse) || []), ...((b.hooks && b.hooks.afterResponse) || [])],
    },
  };
}

function create(defaults) {
  async function client(url, options = {}) {
    const opts = mergeOptions(defaults, options);
    opts.url = new URL(url, opts.prefixUrl);
    for (const hook of opts.hooks.beforeRequest) await hook(opts);
    let body = opts.body;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      opts.headers['content-type'] = 'application/json';
    }
    let res = await fetch(opts.url, { method: opts.method || 'GET', headers: opts.headers, body });
    for (const hook of opts.hooks.afterResponse) res = (await hook(res, opts)) || res;
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${opts.url}`);
    return opts.responseType === 'json' ? res.json() : res.text();
  }
  client.post = (url, options) => client(url, { ...options, method: 'POST' });
  client.extend = (more) => create(mergeOptions(defaults, more));
  return client;
}

module.exports = create({ headers: { 'user-agent': 'got-lite' }, hooks: {} });
