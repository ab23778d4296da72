import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';

const debug = (process.env.DEBUG ?? '').split(',').some((ns) => ns === '*' || ns === 'wren:fetch');
const nativeFetch = globalThis.fetch;
const timings = [];

globalThis.fetch = async function fetch(input, init = {}) {
  const url = typeof input === 'string' ? input : input.url;
  if (url.startsWith('https://api.wren.dev/')) {
    init = { ...init, headers: { ...init.headers, 'x-request-id': randomUUID(), 'user-agent': 'wren-cli/1.3.0' } };
  }
  const started = performance.now();
  try {
    return await nativeFetch(input, init);
  } finally {
    const ms = Math.round(performance.now() - started);
    timings.push({ url, ms });
    if (debug) console.error(`[wren:fetch] ${init.method ?? 'GET'} ${url} ${ms}ms`);
  }
};

export function requestTimings() {
  return timings.slice();
}
