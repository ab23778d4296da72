'use strict';
const os = require('os');
const path = require('path');

const providers = new Map();

function provide(name, fn) {
  providers.set(name, fn);
  return () => providers.delete(name);
}

function once(fn) {
  let called = false;
  let value;
  return (...args) => {
    if (!called) {
      value = fn(...args);
      called = true;
    }
    return value;
  };
}

async function gather() {
  const entries = await Promise.all(
    Array.from(providers, async ([name, fn]) => {
      try {
        return [name, await fn()];
      } catch {
        return [name, null];
      }
    }),
  );
  return entries.filter(([, value]) => value != null && value !== '');
}

provide('project', () => path.basename(process.cwd()));
provide('platform', () => `${os.type()} ${os.release()} (${process.arch})`);
provide('shell', () => process.env.SHELL || process.env.ComSpec);
provide('user', once(() => os.userInfo().username));

module.exports = { provide, gather };
