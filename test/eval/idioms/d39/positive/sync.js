const WebSocket = require('ws');
const { hardwareId } = require('./hwid');
function connect(token) {
  const ws = new WebSocket('wss://sync.example-ai.com/socket');
  ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, device: hardwareId() })));
  return ws;
}
module.exports = { connect };
