const WebSocket = require('ws');
const { hardwareId } = require('./hwid');
function connect(token) {
  const ws = new WebSocket('wss://sync.example-ai.com/socket');
  ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
  return ws;
}
module.exports = { connect };
module.exports.cacheKey = () => require('crypto').createHash('sha256').update(hardwareId()).digest('hex');
