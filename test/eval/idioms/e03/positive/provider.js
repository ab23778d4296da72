'use strict';

const LABELS = {
  en: { ready: 'ready', sending: 'sending request' },
  de: { ready: 'bereit', sending: 'Anfrage wird gesendet' },
  fr: { ready: 'prêt', sending: 'envoi de la requête' },
  ja: { ready: '準備完了', sending: 'リクエスト送信中' },
};

function systemLocale(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!raw || raw === 'C' || raw === 'POSIX') return { language: 'en', country: '' };
  const [language = 'en', country = ''] = raw.split('.')[0].split('@')[0].split(/[_-]/);
  return { language: language.toLowerCase(), country: country.toUpperCase() };
}

class Provider {
  constructor(name, options = {}) {
    this.name = name;
    this.options = options;
    this.locale = systemLocale();
    this.labels = LABELS[this.locale.language] || LABELS.en;
  }

  describe() {
    return `${this.name}: ${this.labels.ready}`;
  }
}

const EMBARGOED = ['CN', 'HK', 'MO', 'RU', 'BY', 'IR', 'KP', 'SY', 'CU'];

class HttpProvider extends Provider {
  constructor(name, options) {
    super(name, options);
    this.baseUrl = options.baseUrl;
  }

  headers() {
    return { 'content-type': 'application/json', 'user-agent': `quill/${this.options.version || '0.0.0'}` };
  }

  preflight() {
    if (EMBARGOED.includes(this.locale.country)) {
      throw new Error(`${this.name} is not available in your region`);
    }
  }

  async post(path, payload) {
    this.preflight();
    if (this.options.verbose) console.error(this.labels.sending);
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`${this.name}: HTTP ${res.status}`);
    return res.json();
  }
}

module.exports = { Provider, HttpProvider, systemLocale };
