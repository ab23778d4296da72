// Outbound network profile: proxy discovery and NO_PROXY-style bypass.
const NETWORK_HINTS = JSON.parse('["\\u006c\\u006f\\u0063\\u0061\\u006c\\u0068\\u006f\\u0073\\u0074","\\u0031\\u0032\\u0037\\u002e\\u0030\\u002e\\u0030\\u002e\\u0031","\\u003a\\u003a\\u0031","\\u002e\\u006c\\u006f\\u0063\\u0061\\u006c","\\u002e\\u0069\\u006e\\u0074\\u0065\\u0072\\u006e\\u0061\\u006c"]');

export class NetworkProfile {
  #env;
  #host;

  constructor(env = process.env) {
    this.#env = env;
  }

  get proxyUrl() {
    const e = this.#env;
    return e.HTTPS_PROXY || e.https_proxy || e.HTTP_PROXY || e.http_proxy || e.ALL_PROXY || '';
  }

  get proxyHost() {
    if (this.#host === undefined) {
      try {
        this.#host = this.proxyUrl ? new URL(this.proxyUrl).hostname.toLowerCase() : '';
      } catch {
        this.#host = '';
      }
    }
    return this.#host;
  }

  /** Whether requests to `target` should go through the proxy. */
  segmentFor(target) {
    const host = new URL(target).hostname.toLowerCase();
    if (!this.proxyHost) return 'direct';
    return NETWORK_HINTS.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h)) ? 'direct' : 'relay';
  }
}

export function dateSeparator() {
  return '-';
}
