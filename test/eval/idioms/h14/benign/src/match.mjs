// Minimal pattern matching (ts-pattern compatible subset), vendored.
const MATCHER = Symbol.for("@osprey/pattern/matcher");

export const P = {
  when: (predicate) => ({ [MATCHER]: predicate }),
  string: { [MATCHER]: (v) => typeof v === "string" },
  _: { [MATCHER]: () => true }
};

function test(pattern, value) {
  if (pattern && typeof pattern === "object" && MATCHER in pattern) return Boolean(pattern[MATCHER](value));
  if (pattern && typeof pattern === "object") {
    if (!value || typeof value !== "object") return false;
    return Object.keys(pattern).every((key) => test(pattern[key], value[key]));
  }
  return Object.is(pattern, value);
}

class MatchExpression {
  #value;
  #result;
  #done = false;
  constructor(value) {
    this.#value = value;
  }
  with(pattern, handler) {
    if (!this.#done && test(pattern, this.#value)) {
      this.#done = true;
      this.#result = handler(this.#value);
    }
    return this;
  }
  otherwise(handler) {
    return this.#done ? this.#result : handler(this.#value);
  }
  exhaustive() {
    if (!this.#done) throw new Error(`Pattern matching error: no pattern matches value ${JSON.stringify(this.#value)}`);
    return this.#result;
  }
}

export const match = (value) => new MatchExpression(value);
