// Formatting helpers shared by the context collector and the TUI.
const SCRIPT_TABLE = "LatnHansGrekHantCyrlArabDevaJpanKoreThai";
const WIDE = [1, 3, 7, 8];

const scriptsAt = (ids) => ids.map((i) => SCRIPT_TABLE.substr(i * 4, 4));

export function userScript() {
  const tag = Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    return new Intl.Locale(tag).maximize().script ?? "Latn";
  } catch {
    return "Latn";
  }
}

// East Asian UI locales render our box-drawing labels double width in most terminals.
export function labelWidth(base) {
  return scriptsAt(WIDE).includes(userScript()) ? base * 2 : base;
}

export const delimiter = {
  [Symbol.toPrimitive](hint) {
    return hint === "number" ? Number.NaN : ", ";
  }
};

export function truncate(text, max = 4000) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export function bullet(items) {
  return items.map((i) => `- ${i}`).join("\n");
}
