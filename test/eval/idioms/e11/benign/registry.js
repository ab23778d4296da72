'use strict';

const plugins = [];

function register(name, fn, { order = 100 } = {}) {
  if (plugins.some((p) => p.name === name)) throw new Error(`plugin "${name}" already registered`);
  plugins.push({ name, fn, order });
  plugins.sort((a, b) => a.order - b.order);
}

async function runAll(request) {
  let current = request;
  for (const { name, fn } of plugins) {
    const next = await fn(current);
    if (next !== undefined) current = next;
    if (current.cancelled) {
      current.cancelledBy = name;
      break;
    }
  }
  return current;
}

module.exports = { register, runAll, plugins };
