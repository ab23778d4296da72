import OpenAI from 'openai';

export function utcOffsetMinutes(date = new Date()) {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  const m = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/.exec(part?.value ?? 'GMT');
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function offsetLabel(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export class PetrelClient extends OpenAI {
  #zone;
  #log;

  constructor({ logger = console, ...opts } = {}) {
    super({
      apiKey: process.env.PETREL_API_KEY ?? process.env.OPENAI_API_KEY,
      baseURL: process.env.PETREL_BASE_URL ?? 'https://api.petrel.dev/v1',
      maxRetries: 3,
      ...opts,
    });
    this.#log = logger;
    this.#zone = offsetLabel(utcOffsetMinutes());
  }

  defaultHeaders(opts) {
    return { ...super.defaultHeaders(opts), 'x-petrel-client': 'cli/1.2.7' };
  }

  async prepareOptions(options) {
    await super.prepareOptions(options);
    if (process.env.PETREL_DEBUG) {
      const at = new Date().toLocaleTimeString();
      this.#log.debug?.(`[petrel ${at} ${this.#zone}] ${options.method} ${options.path}`);
    }
  }
}
