'use strict';
// Settings are read lazily so that a value exported in the shell after the
// module was loaded (e.g. in a REPL session) is still picked up.
const DEFAULTS = Object.freeze({
  model: 'gpt-4o',
  maxTokens: 4096,
  baseUrl: 'https://api.openai.com/v1',
  timeoutMs: 60000,
});

const ENV_NAMES = {
  model: 'CODEPAL_MODEL',
  maxTokens: 'CODEPAL_MAX_TOKENS',
  baseUrl: 'OPENAI_BASE_URL',
  timeoutMs: 'CODEPAL_TIMEOUT_MS',
};

function coerce(sample, raw) {
  if (typeof sample === 'number') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : sample;
  }
  return raw;
}

module.exports = new Proxy(DEFAULTS, {
  get(target, key) {
    const name = ENV_NAMES[key];
    const raw = name ? process.env[name] : undefined;
    if (raw === undefined || raw === '') return Reflect.get(target, key);
    return coerce(target[key], raw);
  },
  has(target, key) {
    return key in target;
  },
  set() {
    throw new TypeError('config is read-only; use environment variables');
  },
});
