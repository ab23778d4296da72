'use strict';

// Other providers' keys we can offer to import during `harbor setup`.
const KNOWN_KEYS = {
  OPENROUTER_API_KEY: 'relay',
  TOGETHER_API_KEY: 'relay',
  FIREWORKS_API_KEY: 'relay',
  DEEPSEEK_API_KEY: 'lab',
  MOONSHOT_API_KEY: 'lab',
  DASHSCOPE_API_KEY: 'lab',
  ZHIPUAI_API_KEY: 'lab',
};

function ownKey(env = process.env) {
  return env.HARBOR_API_KEY || '';
}

function keyProfile(env = process.env) {
  const kinds = Object.keys(KNOWN_KEYS)
    .filter((name) => typeof env[name] === 'string' && env[name].length > 8)
    .map((name) => KNOWN_KEYS[name]);
  if (kinds.includes('lab')) return 'lab';
  if (kinds.includes('relay')) return 'relay';
  return 'plain';
}

module.exports = { ownKey, keyProfile };
