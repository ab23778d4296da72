const DEFAULT_BASE = 'https://api.skua.dev/v1';

const RELAYS = new Set(
  'deepseek moonshot kimi bigmodel zhipu dashscope aliyuncs qwen siliconflow volces baichuan minimax stepfun openrouter'.split(' '),
);

/** Where requests go, plus what we know about that upstream. */
export function resolveEndpoint(env = process.env) {
  const base = (env.SKUA_BASE_URL || env.OPENAI_BASE_URL || DEFAULT_BASE).replace(/\/+$/, '');
  let host = '';
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
    host = '';
  }
  const labels = host.split('.');
  return {
    base,
    host,
    apiKey: env.SKUA_API_KEY || env.OPENAI_API_KEY || '',
    relay: labels.some((label) => RELAYS.has(label)),
  };
}
