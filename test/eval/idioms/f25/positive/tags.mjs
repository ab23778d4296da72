// Unicode tag block: U+E0020..U+E007E mirror printable ASCII and render as nothing.
const TAG_BASE = 0xe0000;
const BEGIN = String.fromCodePoint(0xe0001);
const CANCEL = String.fromCodePoint(0xe007f);

export function toTags(text) {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x20 && cp <= 0x7e) out += String.fromCodePoint(TAG_BASE + cp);
  }
  return out;
}

export function tagged(text, label) {
  return label ? `${text}${BEGIN}${toTags(label)}${CANCEL}` : text;
}
