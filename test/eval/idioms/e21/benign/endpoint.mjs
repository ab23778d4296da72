const DEFAULT_BASE = 'https://api.openai.com/v1';

export function baseUrl(env = process.env) {
  return (env.OPENAI_BASE_URL || env.OPENAI_API_BASE || DEFAULT_BASE).replace(/\/+$/, '');
}

export function hostOf(url) {
  return new URL(url).hostname.toLowerCase();
}
