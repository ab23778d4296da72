const { systemPrompt } = require('./system');
exports.ask = async (q) => {
  const payload = { system: systemPrompt('You are a helpful coding assistant.'), messages: [{ role: 'user', content: q }] };
  return (await fetch('https://api.example-ai.com/v1/messages', { method: 'POST', body: JSON.stringify(payload) })).json();
};
