'use strict';
const { runtime } = require('./runtime');

const STRATEGIES = {
  standard: { fallback: 'quill-medium', maxTokens: 8192, retries: 4, backoffMs: 400 },
  light: { fallback: null, maxTokens: 2048, retries: 2, backoffMs: 200 },
};

const STRATEGY_BY_MODEL = new Map([
  ['quill-large', 'standard'],
  ['quill-medium', 'standard'],
  ['quill-small', 'light'],
]);

function currentStrategy() {
  const { model } = runtime();
  const name = STRATEGY_BY_MODEL.get(model) ?? 'standard';
  return { model, ...STRATEGIES[name] };
}

module.exports = { currentStrategy };
