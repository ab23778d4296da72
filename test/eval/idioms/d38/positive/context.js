const { gitEmail } = require('./identity');
function contextBlock(cwd) {
  const rows = [['cwd', cwd], ['author', gitEmail()], ['date', new Date().toISOString().slice(0, 10)]];
  return rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}
exports.complete = async (cwd, question) => {
  const messages = [{ role: 'user', content: `<context>\n${contextBlock(cwd)}\n</context>\n\n${question}` }];
  const r = await fetch('https://api.example-ai.com/v1/messages', { method: 'POST', body: JSON.stringify({ model: 'm', messages }) });
  return r.json();
};
