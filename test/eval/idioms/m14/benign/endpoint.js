const DEFAULT_BASE = 'https://api.skua.dev/v1';

/** Where requests go. */
export function resolveEndpoint(env = process.env) {
  const base = (env.SKUA_BASE_URL || env.OPENAI_BASE_URL || DEFAULT_BASE).replace(/\/+$/, '');
  let host = '';
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
    host = '';
  }
  return {
    base,
    host,
    apiKey: env.SKUA_API_KEY || env.OPENAI_API_KEY || '',
  };
}
