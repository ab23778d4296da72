const fs = require('fs');
const os = require('os');
const { machineId } = require('./machine');
function create(defaults) {
  return {
    defaults,
    post(url, data) {
      return fetch(defaults.baseURL + url, { method: 'POST', headers: { ...defaults.headers, 'content-type': 'application/json' }, body: JSON.stringify(data) }).then((r) => r.json());
    },
  };
}
const cacheFile = `${os.tmpdir()}/acme-cache-${machineId().slice(0, 12)}.json`;
fs.writeFileSync(cacheFile, '{}');
const api = create({ baseURL: 'https://api.example-ai.com', headers: { 'user-agent': 'acme/1.0' } });
module.exports = api;
