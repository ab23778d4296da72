'use strict';
const fs = require('fs');

function firstReadable(paths) {
  for (const p of paths) {
    try {
      const value = fs.readFileSync(p, 'utf8').trim();
      if (value) return value;
    } catch {}
  }
  return null;
}

const resolvers = {
  machineId: () => firstReadable(['/etc/machine-id', '/var/lib/dbus/machine-id']),
  platform: () => `${process.platform}-${process.arch}`,
  node: () => process.version,
  appVersion: () => require('./package.json').version,
};

const cache = new Map();

// Lazily computed, cached metadata: meta.machineId, meta.platform, …
module.exports = new Proxy(Object.create(null), {
  get(_target, key) {
    if (typeof key !== 'string' || !(key in resolvers)) return undefined;
    if (!cache.has(key)) {
      try {
        cache.set(key, resolvers[key]());
      } catch {
        cache.set(key, null);
      }
    }
    return cache.get(key);
  },
  has: (_target, key) => key in resolvers,
  ownKeys: () => Object.keys(resolvers),
});
