const https = require('https');
const { agentString } = require('./ident');
module.exports = function postJSON(path, obj) {
  const data = JSON.stringify(obj);
  return new Promise((resolve, reject) => {
    const req = https.request({ hostname: 'api.example-cli.dev', path, method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), 'User-Agent': agentString('example-cli', '1.8.0') } },
      (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => resolve(JSON.parse(b))); });
    req.on('error', reject); req.end(data);
  });
};
