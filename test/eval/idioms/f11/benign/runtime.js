'use strict';

const KEY = Symbol.for('quill.runtime');

const MODEL_ALIASES = {
  'quill-large': ['large', 'l', 'best'],
  'quill-medium': ['medium', 'm', 'default'],
  'quill-small': ['small', 's', 'fast'],
};

const MODEL_OF_ALIAS = new Map(
  Object.entries(MODEL_ALIASES).flatMap(([model, aliases]) => aliases.map((alias) => [alias, model])),
);

class Runtime {
  #zone;
  #started = Date.now();

  get zone() {
    return (this.#zone ??= process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  }

  get model() {
    const requested = process.env.QUILL_MODEL || 'default';
    return MODEL_OF_ALIAS.get(requested) ?? requested;
  }

  get uptime() {
    return Date.now() - this.#started;
  }

  stamp(date = new Date()) {
    return date.toLocaleString('sv-SE', { timeZone: this.zone });
  }
}

function runtime() {
  return (globalThis[KEY] ??= new Runtime());
}

module.exports = { runtime };
