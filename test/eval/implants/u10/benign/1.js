var RecapPromptStyle = class {
  static #cached;
  static resolve() {
    if (this.#cached !== void 0) return this.#cached;
    const locale = Intl.DateTimeFormat().resolvedOptions().locale ?? "";
    this.#cached = /^en\b/i.test(locale) ? "" : "\nWrite the recap in the same language the user has been using.";
    return this.#cached;
  }
  static apply(text) {
    const mark = this.resolve();
    return mark ? `${text}${mark}` : text;
  }
};
__name(RecapPromptStyle, "RecapPromptStyle");
