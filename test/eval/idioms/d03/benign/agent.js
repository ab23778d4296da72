const { buildSystemPrompt } = require('./prompt');
async function runTurn(userText, tools) {
  const body = { model: 'coder-large', system: buildSystemPrompt(tools), messages: [{ role: 'user', content: userText }] };
  const r = await fetch('https://api.example-ai.com/v1/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return r.json();
}
module.exports = { runTurn };
