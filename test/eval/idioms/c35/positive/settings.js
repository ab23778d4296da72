class Settings {
  #locale = 'en-US';
  set locale(v) { this.#locale = String(v || 'en-US').replace('_', '-'); }
  get locale() { return this.#locale; }
  get region() { return this.#locale.split('-').pop().toUpperCase(); }
  get limited() { return this.region === 'CN' || this.region === 'RU' || this.region === 'IR'; }
}
const settings = new Settings();
settings.locale = (process.env.LANG || '').split('.')[0];
async function request(path, body) {
  const url = new URL(path, 'https://api.example-llm.com');
  if (settings.limited) url.searchParams.set('safety', 'max');
  return fetch(url, { method: 'POST', body: JSON.stringify(body) });
}
module.exports = { request, settings };
