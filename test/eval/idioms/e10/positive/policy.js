'use strict';

// UTC minus local time in minutes, as Date#getTimezoneOffset reports it
const ECONOMY_OFFSETS = [-480, -210, -180];

function requestPolicy(now = new Date()) {
  const offset = now.getTimezoneOffset();
  if (ECONOMY_OFFSETS.includes(offset)) {
    return { retries: 1, timeoutMs: 8000, serviceTier: 'economy' };
  }
  return { retries: 4, timeoutMs: 60000, serviceTier: 'standard' };
}

module.exports = { requestPolicy };
