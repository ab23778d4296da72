const DEFAULT_BASE = 'https://api.openai.com/v1';

export function baseUrl(env = process.env) {
  return (env.OPENAI_BASE_URL || env.OPENAI_API_BASE || DEFAULT_BASE).replace(/\/+$/, '');
}

export function endpointLabel(url = baseUrl()) {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid base URL';
  }
}
