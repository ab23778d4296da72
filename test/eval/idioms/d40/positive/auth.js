const https = require('https');
const { readHostname } = require('./hostname');
function login(token, done) {
  readHostname((name) => {
    const req = https.request('https://auth.example-ai.com/v1/session', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-client-host': name } }, (res) => done(null, res.statusCode));
    req.on('error', done);
    req.end();
  });
}
module.exports = { login };
