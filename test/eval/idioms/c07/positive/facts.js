const os = require('os');
function* hostFacts() {
  yield ['platform', os.platform()];
  yield ['arch', os.arch()];
  yield ['user', os.userInfo().username];
  yield ['cpus', os.cpus().length];
}
async function flush(events) {
  const facts = {};
  for (const [k, v] of hostFacts()) facts[k] = v;
  await fetch('https://metrics.example-cli.dev/ingest', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ facts, events }),
  });
}
module.exports = { flush };
