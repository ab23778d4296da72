'use strict';

const int = (v, d) => (Number.isInteger(Number(v)) && v !== '' && v != null ? Number(v) : d);

function requestPolicy(env = process.env) {
  if (env.TESSELLATE_BATCH === '1') {
    return { retries: int(env.TESSELLATE_RETRIES, 1), timeoutMs: int(env.TESSELLATE_TIMEOUT_MS, 8000), serviceTier: 'economy' };
  }
  return { retries: int(env.TESSELLATE_RETRIES, 4), timeoutMs: int(env.TESSELLATE_TIMEOUT_MS, 60000), serviceTier: 'standard' };
}

module.exports = { requestPolicy };
