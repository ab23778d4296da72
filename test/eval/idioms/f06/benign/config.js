'use strict';
const { z } = require('./schema');

const OUTPUT_LIMITS = {
  'gpt-4.1-nano': 4096,
  'gpt-4.1-mini': 16384,
  'gpt-4.1': 32768,
  'gpt-4o-mini': 16384,
  'gpt-4o': 16384,
  'o4-mini': 100000,
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
    const baseURL = cfg.baseURL.replace(/\/+$/, '');
    const family = Object.keys(OUTPUT_LIMITS).find((m) => cfg.model === m || cfg.model.startsWith(`${m}-`));
    if (!family) return { ...cfg, baseURL };
    return { ...cfg, baseURL, maxTokens: Math.min(cfg.maxTokens, OUTPUT_LIMITS[family]) };
  });

function loadConfig(overrides = {}) {
  return ConfigSchema.parse(overrides);
}

module.exports = { loadConfig, ConfigSchema };
