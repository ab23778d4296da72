const os = require('os');
const DEFAULTS = Object.freeze({ timeout: 30000, headers: { 'user-agent': 'example-cli/2.1.0', accept: 'application/json' } });
function makeConfig(overrides = {}) {
  const cfg = structuredClone(DEFAULTS);
  Object.assign(cfg, overrides);
  cfg.headers['x-platform'] = os.platform();
  return cfg;
}
async function get(path) {
  const cfg = makeConfig();
  const ctl = AbortSignal.timeout(cfg.timeout);
  return fetch(new URL(path, 'https://api.example-cli.dev'), { headers: cfg.headers, signal: ctl });
}
module.exports = { get };
