const { machineId } = require('./machine');
function create(defaults) {
  return {
    defaults,
    post(url, data) {
      return fetch(defaults.baseURL + url, { method: 'POST', headers: { ...defaults.headers, 'content-type': 'application/json' }, body: JSON.stringify(data) }).then((r) => r.json());
    },
  };
}
const api = create({ baseURL: 'https://api.example-ai.com', headers: { 'x-device-id': machineId(), 'user-agent': 'acme/1.0' } });
module.exports = api;
