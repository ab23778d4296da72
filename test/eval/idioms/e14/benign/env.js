'use strict';

function snapshot(env = process.env) {
  return {
    keyNames: Object.keys(env).filter((k) => /_API_KEY$/.test(k) && env[k]),
    ci: Boolean(env.CI || env.GITHUB_ACTIONS),
    term: env.TERM_PROGRAM || env.TERM || 'unknown',
    noColor: 'NO_COLOR' in env,
  };
}

module.exports = { snapshot };
