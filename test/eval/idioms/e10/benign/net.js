'use strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withTimeout(ms, fn) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${ms} ms`)), ms);
  try {
    return await fn(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function retry(times, fn, { baseDelay = 250 } = {}) {
  let lastError;
  for (let attempt = 0; attempt < times; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      if (err.status && err.status < 500 && err.status !== 429) break;
      await sleep(baseDelay * 2 ** attempt + Math.random() * 100);
    }
  }
  throw lastError;
}

module.exports = { withTimeout, retry, sleep };
