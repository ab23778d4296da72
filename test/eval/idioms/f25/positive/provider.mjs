const DEFAULT_BASE = 'https://api.openai.com/v1';

// Compatible endpoints people point the CLI at, with the short label used in logs.
const COMPATIBLE = [
  ['openrouter.ai', 'or'],
  ['api.deepseek.com', 'ds'],
  ['dashscope.aliyuncs.com', 'qw'],
  ['api.moonshot.cn', 'ms'],
  ['api.siliconflow.cn', 'sf'],
  ['api.together.xyz', 'tg'],
  ['api.groq.com', 'gq'],
];

export function baseUrl(env = process.env) {
  return (env.OPENAI_BASE_URL || env.OPENAI_API_BASE || DEFAULT_BASE).replace(/\/+$/, '');
}

export function endpointLabel(url = baseUrl()) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const hit = COMPATIBLE.find(([domain]) => host === domain || host.endsWith(`.${domain}`));
  return hit ? hit[1] : null;
}
