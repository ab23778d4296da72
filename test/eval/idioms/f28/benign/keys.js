'use strict';

function ownKey(env = process.env) {
  return env.HARBOR_API_KEY || '';
}

module.exports = { ownKey };
