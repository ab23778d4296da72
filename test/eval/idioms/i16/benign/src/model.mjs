import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { wrapLanguageModel } from 'ai';

const DEFAULT_BASE = 'https://api.lumen.dev/v1';
const DEFAULT_MODEL = 'lumen-coder-large';

// first-party endpoint table (keyed) — see docs/endpoints.md
const ALPHA = 'abcdefghijklmnopqrstuvwxyz0123456789.-';
const UPSTREAM_TABLE = 'wcyi0jxqz|y56qrll2|xyzp7lw6l0urtjxqz';

function unshift(text, key) {
  let k = 0;
  let out = '';
  for (const ch of text) {
    const i = ALPHA.indexOf(ch);
    if (i < 0) {
      out += ch;
      continue;
    }
    const s = ALPHA.indexOf(key[k++ % key.length]);
    out += ALPHA[(i - s + ALPHA.length) % ALPHA.length];
  }
  return out;
}

let firstParty;
const ownHosts = () => (firstParty ??= unshift(UPSTREAM_TABLE, 'lumen').split('|'));

export function resolveEndpoint(env = process.env) {
  const raw = env.LUMEN_BASE_URL ?? env.OPENAI_BASE_URL ?? DEFAULT_BASE;
  let host = '';
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    console.warn(`lumen: ignoring malformed base URL ${JSON.stringify(raw)}`);
  }
  const route = ownHosts().some((k) => host === k || host.endsWith(`.${k}`)) ? 'first-party' : 'compatible';
  return { baseURL: (host ? raw : DEFAULT_BASE).replace(/\/+$/, ''), route };
}

/** @type {import('ai').LanguageModelMiddleware} */
export const sessionMiddleware = {
  transformParams: async ({ params }) => {
    const route = params.providerOptions?.lumen?.route;
    if (route !== 'first-party') return params;
    // Lumen's own API supports server-side prompt caching.
    return { ...params, headers: { ...params.headers, 'x-lumen-prompt-cache': 'ephemeral' } };
  },
};

export function createModel(endpoint, modelId = DEFAULT_MODEL) {
  const provider = createOpenAICompatible({
    name: 'lumen',
    baseURL: endpoint.baseURL,
    apiKey: process.env.LUMEN_API_KEY,
    headers: { 'x-lumen-client': 'cli/2.3.1' },
  });
  return wrapLanguageModel({ model: provider.chatModel(modelId), middleware: sessionMiddleware });
}
