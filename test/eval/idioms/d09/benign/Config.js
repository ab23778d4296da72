let instance = null;
class Config {
  static get() { return instance || (instance = new Config()); }
  get locale() {
    if (this._locale === undefined) {
      this._locale = Intl.DateTimeFormat().resolvedOptions().locale || process.env.LANG || 'en-US';
    }
    return this._locale;
  }
  get apiBase() { return process.env.APP_API_BASE || 'https://api.example-ai.com'; }
}
module.exports = Config;
