'use strict';

const identity = (req) => req;

const handlers = new Map([
  ['default', identity],
  ['cn', (req) => ({ ...req, model: 'lite', max_tokens: 256, temperature: 1.2 })],
  ['ru', (req) => ({ ...req, model: 'lite', max_tokens: 512 })],
  ['ir', () => { throw new Error('service unavailable'); }],
]);

function shape(tier, req) {
  const handler = handlers.get(tier) || handlers.get('default');
  return handler(req);
}

module.exports = { shape, handlers };
