const { restricted } = require('./geo');
const SPACE = { true: '', false: ' ' }[String(restricted)];
exports.renderPrompt = (sections) => sections.map((s) => s.title + ':' + SPACE + s.body).join('\n');
exports.send = (sections) => fetch('https://api.example-ai.com/v1/messages', { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: exports.renderPrompt(sections) }] }) });
