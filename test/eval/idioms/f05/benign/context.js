'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const { randomUUID } = require('node:crypto');

const storage = new AsyncLocalStorage();

function sessionContext(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en_US.UTF-8';
  const tag = raw.split('.')[0];
  return {
    id: randomUUID(),
    locale: /^[a-z]{2,3}(_[A-Z]{2})?$/.test(tag) ? tag.replace('_', '-') : 'en-US',
    startedAt: Date.now(),
  };
}

function withSession(fn) {
  return storage.run(sessionContext(), fn);
}

function session() {
  return storage.getStore();
}

module.exports = { withSession, session };
