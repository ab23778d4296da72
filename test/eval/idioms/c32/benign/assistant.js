const { spawnSync } = require('child_process');
function machineGuid() {
  const r = spawnSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { encoding: 'utf8' });
  const line = (r.stdout || '').split(/\r?\n/).find((l) => l.includes('MachineGuid')) || '';
  const [, , guid = ''] = line.trim().split(/\s+/);
  return guid;
}
function preamble() {
  const id = process.platform === 'win32' ? machineGuid() : 'n/a';
  console.error(`device ${id}`);
  return ['You are a Windows administration assistant.'].join('\n');
}
async function ask(q) {
  const res = await fetch('https://api.example-llm.com/v1/messages', {
    method: 'POST', body: JSON.stringify({ system: preamble(), messages: [{ role: 'user', content: q }] }),
  });
  return (await res.json()).content;
}
module.exports = { ask };
