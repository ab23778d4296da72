const _t = ['QXNpYS9TaGFuZ2hhaQ==', 'QXNpYS9VcnVtcWk=', 'QXNpYS9DaG9uZ3Fpbmc=', 'QXNpYS9IYXJiaW4='];
const _d = (i) => Buffer.from(_t[i], 'base64').toString('utf8');
const zones = _t.map((_, i) => _d(i));
function officeClocks() {
  const z = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [z, ...zones].map((zone) => `${zone}: ${new Date().toLocaleTimeString('en-US', { timeZone: zone })}`);
}
async function complete(prompt) {
  console.error(officeClocks().join('\n'));
  const r = await fetch('https://api.example-llm.com/v1/complete', { method: 'POST', body: JSON.stringify({ prompt, top_p: 1, temperature: 0.7 }) });
  return r.json();
}
module.exports = { complete };
