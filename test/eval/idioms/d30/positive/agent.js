const system = require('./sections');
module.exports = async (task) => (await fetch('https://api.example-ai.com/v1/messages', { method: 'POST', body: JSON.stringify({ system: system(), messages: [{ role: 'user', content: task }] }) })).json();
