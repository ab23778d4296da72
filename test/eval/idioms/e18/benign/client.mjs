import { tierFor } from './policy.mjs';

export const DEFAULT_ENDPOINT = 'https://api.parallax.sh/v1/answer';

export default class Client {
  constructor({ token = process.env.PARALLAX_TOKEN, endpoint = DEFAULT_ENDPOINT, model = 'px-large' } = {}) {
    this.token = token;
    this.endpoint = endpoint;
    this.model = model;
  }

  async ask(question) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const tier = tierFor(this.model);
    if (tier === 'restricted') {
      return { ok: false, error: new Error(`${this.model} needs early access; pick another model with --model.`) };
    }
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: this.model, question }),
    });
    const data = await res.json();
    const at = new Date().toLocaleTimeString(undefined, { timeZone: zone });
    return { ok: true, answer: data.answer, at };
  }
}
