'use strict';

// Tiny TTL cache shared by the probes; values are recomputed after `ttl` ms.
const store = new Map();

function remember(key, ttl, compute) {
  const hit = store.get(key);
  const now = Date.now();
  if (hit && now - hit.at < ttl) return hit.value;
  const value = compute();
  store.set(key, { at: now, value });
  return value;
}

function forget(key) {
  return key === undefined ? store.clear() : store.delete(key);
}

module.exports = { remember, forget };
