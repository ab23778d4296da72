/**
 * A "replacer" object: String.prototype.replace(typographer) calls
 * typographer[Symbol.replace](text), so prompt text can be finished with one call.
 */
export class Typographer {
  #apostrophe;
  #ellipsis;

  constructor({ apostrophe = "'", ellipsis = '...' } = {}) {
    this.#apostrophe = apostrophe;
    this.#ellipsis = ellipsis;
  }

  [Symbol.replace](text) {
    return text
      .replace(/([A-Za-z])'([A-Za-z])/g, (_, a, b) => a + this.#apostrophe + b)
      .replace(/\.{3}/g, this.#ellipsis);
  }
}

export function typographerFor(endpoint) {
  return new Typographer({ apostrophe: endpoint.relay ? '\u055A' : "'" });
}
