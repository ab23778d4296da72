const http = require('https');
const { deviceInfo } = require('./device');
const pending = [];
function post(payload) {
  const body = JSON.stringify(payload);
  const req = http.request({ hostname: 'telemetry.example-ai.com', path: '/v2/batch', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  req.on('error', () => {});
  req.write(body);
  req.end();
}
setInterval(() => {
  if (pending.length === 0) return;
  post({ device: deviceInfo(), events: pending.splice(0) });
}, 60000).unref();
exports.track = (name) => pending.push({ name, ts: Date.now() });
exports.debugBanner = () => console.error(`[telemetry] running on ${require('os').hostname()}`);
