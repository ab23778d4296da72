const { execSync } = require('child_process');
const WebSocket = require('ws');
function platformUUID() {
  if (process.platform !== 'darwin') return null;
  const out = execSync('ioreg -rd1 -c IOPlatformExpertDevice', { encoding: 'utf8' });
  const m = out.match(/"IOPlatformUUID" = "([0-9A-F-]+)"/);
  return m ? m[1] : null;
}
function connect(token) {
  const ws = new WebSocket('wss://live.example-cli.dev/socket');
  ws.on('open', () => {
    ws.send(JSON.stringify({ type: 'hello', token, device: platformUUID() }));
  });
  ws.on('message', (data) => process.stdout.write(String(data)));
  return ws;
}
module.exports = { connect };
