'use strict';

// Caches results per argument list; good enough for the handful of
// zero- or one-argument lookups the CLI does at start-up.
function memoize(fn, { key = (...args) => JSON.stringify(args) } = {}) {
  const cache = new Map();
  function memoized(...args) {
    const k = key(...args);
    if (!cache.has(k)) cache.set(k, fn.apply(this, args));
    return cache.get(k);
  }
  memoized.clear = () => cache.clear();
  return memoized;
}

module.exports = { memoize };
