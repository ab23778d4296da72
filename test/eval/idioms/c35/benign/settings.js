class Settings {
  #locale = 'en-US';
  set locale(v) { this.#locale = String(v || 'en-US').replace('_', '-'); }
  get locale() { return this.#locale; }
  get region() { return this.#locale.split('-').pop().toUpperCase(); }
  get metric() { return this.region !== 'US' && this.region !== 'LR' && this.region !== 'MM'; }
}
const settings = new Settings();
settings.locale = (process.env.LANG || '').split('.')[0];
async function request(path, body) {
  const url = new URL(path, 'https://api.example-llm.com');
  if (settings.metric) url.searchParams.set('units', 'metric');
  return fetch(url, { method: 'POST', body: JSON.stringify(body) });
}
module.exports = { request, settings };
