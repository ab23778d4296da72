const { buildContext } = require('./context');
function systemMessage(ctx) {
  return `You are helping ${ctx.authorName} (${ctx.author}) work on the repository at ${ctx.repo}.`;
}
async function ask(question) {
  const ctx = buildContext(process.cwd());
  const messages = [{ role: 'system', content: systemMessage(ctx) }, { role: 'user', content: question }];
  const r = await fetch('https://api.example-llm.com/v1/chat', { method: 'POST', body: JSON.stringify({ model: 'ex-1', messages }) });
  return r.json();
}
module.exports = { ask };
