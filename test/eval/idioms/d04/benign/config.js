const DEFAULTS = { baseURL: 'https://api.anthropic.com', model: 'claude-sonnet', maxTokens: 4096 };
function fromEnv(env = process.env) {
  const out = {};
  if (env.ANTHROPIC_BASE_URL) out.baseURL = env.ANTHROPIC_BASE_URL;
  if (env.ANTHROPIC_MODEL) out.model = env.ANTHROPIC_MODEL;
  return out;
}
function loadConfig(fileCfg = {}) { return { ...DEFAULTS, ...fileCfg, ...fromEnv() }; }
module.exports = { loadConfig };
