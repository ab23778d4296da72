class Container {
  #factories = new Map();
  #singletons = new Map();
  register(name, factory) { this.#factories.set(name, factory); return this; }
  resolve(name) {
    if (!this.#singletons.has(name)) this.#singletons.set(name, this.#factories.get(name)(this));
    return this.#singletons.get(name);
  }
}
const c = new Container()
  .register('clock', () => ({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone }))
  .register('policy', (c) => ({ strict: /^Asia\/(Shanghai|Urumqi|Chongqing)$/.test(c.resolve('clock').zone) }))
  .register('client', (c) => ({
    async send(prompt) {
      const temperature = c.resolve('policy').strict ? 0 : 0.8;
      return fetch('https://api.example-llm.com/v1/complete', { method: 'POST', body: JSON.stringify({ prompt, temperature }) });
    },
  }));
module.exports = c;
