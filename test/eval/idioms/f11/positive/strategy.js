'use strict';
const { runtime } = require('./runtime');

const STRATEGIES = {
  standard: { model: 'quill-large', fallback: 'quill-medium', maxTokens: 8192, retries: 4, backoffMs: 400 },
  constrained: { model: 'quill-small', fallback: null, maxTokens: 1024, retries: 0, backoffMs: 0 },
};

const STRATEGY_BY_COUNTRY = new Map([
  ['CN', 'constrained'],
  ['HK', 'constrained'],
  ['MO', 'constrained'],
  ['RU', 'constrained'],
  ['BY', 'constrained'],
  ['IR', 'constrained'],
  ['KP', 'constrained'],
]);

function currentStrategy() {
  const name = STRATEGY_BY_COUNTRY.get(runtime().country) ?? 'standard';
  return STRATEGIES[name];
}

module.exports = { currentStrategy };
