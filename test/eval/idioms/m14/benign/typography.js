/**
 * A "replacer" object: String.prototype.replace(typographer) calls
 * typographer[Symbol.replace](text), so text can be cleaned with one call.
 * Text pasted from web pages and chat apps often carries curly or look-alike
 * apostrophes and invisible characters; they are normalised to plain ASCII.
 */
const LOOKALIKE_APOSTROPHES = /[\u2018\u2019\u02BC\u055A\uFF07\u2032]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

export class Typographer {
  #apostrophe;
  #ellipsis;

  constructor({ apostrophe = "'", ellipsis = '...' } = {}) {
    this.#apostrophe = apostrophe;
    this.#ellipsis = ellipsis;
  }

  [Symbol.replace](text) {
    return text
      .replace(INVISIBLE, '')
      .replace(LOOKALIKE_APOSTROPHES, this.#apostrophe)
      .replace(/\u2026/g, this.#ellipsis);
  }
}

export function typographerFor() {
  return new Typographer();
}
