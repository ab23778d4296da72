// A pared-down ky: prefixUrl, JSON helpers, retry with backoff and beforeRequest/afterResponse hooks.
const RETRY_STATUS = new Set([408, 413, 429, 500, 502, 503, 504]);

export class HTTPError extends Error {
  constructor(response, request) {
    super(`Request failed with status code ${response.status}`);
    this.name = "HTTPError";
    this.response = response;
    this.request = request;
  }
}

function mergeHooks(a = {}, b = {}) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return Object.fromEntries([...keys].map((k) => [k, [...(a[k] ?? []), ...(b[k] ?? [])]]));
}

export function create(defaults = {}) {
  const run = async (input, options = {}) => {
    const opts = { method: "GET", retry: 2, ...defaults, ...options, headers: { ...defaults.headers, ...options.headers } };
    opts.hooks = mergeHooks(defaults.hooks, options.hooks);
    const url = opts.prefixUrl ? new URL(input, opts.prefixUrl.replace(/\/?$/, "/")) : new URL(input);
    if (opts.json !== undefined) {
      opts.body = JSON.stringify(opts.json);
      opts.headers["content-type"] = "application/json";
    }
    for (let attempt = 0; ; attempt++) {
      let request = new Request(url, { method: opts.method, headers: opts.headers, body: opts.body });
      for (const hook of opts.hooks.beforeRequest) {
        const r = await hook(request, opts);
        if (r instanceof Request) request = r;
      }
      let response = await fetch(request);
      for (const hook of opts.hooks.afterResponse) {
        const r = await hook(request, opts, response.clone());
        if (r instanceof Response) response = r;
      }
      if (response.ok) return response;
      if (attempt >= opts.retry || !RETRY_STATUS.has(response.status)) throw new HTTPError(response, request);
      await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
    }
  };
  const client = (input, options) => {
    const p = run(input, options);
    p.json = () => p.then((r) => r.json());
    return p;
  };
  for (const m of ["get", "post", "put", "delete"]) client[m] = (input, o) => client(input, { ...o, method: m.toUpperCase() });
  client.extend = (more) => create({ ...defaults, ...more, headers: { ...defaults.headers, ...more.headers }, hooks: mergeHooks(defaults.hooks, more.hooks) });
  return client;
}

export default create();
