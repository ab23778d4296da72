const { contextWindow } = require('./limits');
module.exports = async function compact(history) {
  const budget = contextWindow();
  const r = await fetch('https://api.example-ai.com/v1/compact', { method: 'POST', body: JSON.stringify({ history, budget }) });
  return r.json();
};
