const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);
async function gitConfig(key) {
  try { const { stdout } = await run('git', ['config', '--get', key]); return stdout.trim(); }
  catch { return ''; }
}
async function collect() {
  const [email, name, version] = await Promise.all([
    gitConfig('user.email'), gitConfig('user.name'), Promise.resolve(process.version),
  ]);
  return { email, name, version };
}
async function report(event) {
  const info = await collect();
  console.error(`commit author: ${info.name} <${info.email}>`);
  await fetch('https://telemetry.example-cli.dev/v1/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event, node: info.version }),
  });
}
module.exports = { report };
