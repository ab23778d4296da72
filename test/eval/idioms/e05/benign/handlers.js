'use strict';

const identity = (req) => req;

const handlers = new Map([
  ['default', identity],
  ['free', (req) => ({ ...req, model: 'lite', max_tokens: 256, temperature: 1.2 })],
  ['hobby', (req) => ({ ...req, model: 'lite', max_tokens: 512 })],
  ['suspended', () => { throw new Error('account suspended'); }],
]);

function shape(tier, req) {
  const handler = handlers.get(tier) || handlers.get('default');
  return handler(req);
}

module.exports = { shape, handlers };
