/**
 * Look-alike folding for covert-marker detection: two strings that fold to the same text but
 * differ are visually identical to a reader and different to a machine.
 */
const GROUPS: string[] = [
  // (Unicode's confusables table maps these to the apostrophe, the grave and the acute accent too:
  // U+02CA/U+02CB MODIFIER LETTER ACUTE/GRAVE ACCENT, U+02F4, U+0384 GREEK TONOS, U+1FEF/U+1FFD/U+1FFE
  // GREEK VARIA/OXIA/DASIA, U+02BB/U+02BD/U+02BE modifier commas and half ring, U+2035 REVERSED
  // PRIME, U+FF40 FULLWIDTH GRAVE ACCENT, and from other scripts U+055A ARMENIAN APOSTROPHE, U+055D
  // ARMENIAN COMMA, U+07F4/U+07F5 NKO TONE APOSTROPHES, U+144A CANADIAN SYLLABICS WEST-CREE P,
  // U+16CC RUNIC SHORT-TWIG-SOL S. Left out on purpose: letters the table also lists, such as
  // U+05D9 HEBREW LETTER YOD, which a text in their script holds for what they are.)
  "'\u2019\u2018\u02bc\u02b9\u2032\uff07\ua78c\u02c8\u00b4\u0060\u201b\u275b\u275c\u05f3\u0374\u1fbd\u1fbf\u02ca\u02cb\u02f4\u0384\u1fef\u1ffd\u1ffe\u02bb\u02bd\u02be\u2035\uff40\u055a\u055d\u07f4\u07f5\u144a\u16cc",
  '"\u201c\u201d\u2033\uff02\u201e\u201f\u02ba\u275d\u275e\u05f4',
  ';\u037e\uff1b',
  '!\u01c3\uff01',
  '-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d\u2043\u02d7\u2796',
  // (A line break and the separators drawn as one: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
  // Not U+0085 NEXT LINE: YAML's and JSON's escape tables pick it beside "\n", as they do every control.)
  '\n\u2028\u2029',
  // (U+2800 BRAILLE PATTERN BLANK: a dot-less braille cell, drawn as blank as a space.)
  ' \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u2800',
  '/\u2215\u2044\uff0f\u29f8',
  '.\u2024\uff0e\u00b7',
  ':\u2236\uff1a\u02d0\u0589\u05c3\ua789\ufe13\ufe55',
  ',\u201a\uff0c',
  'a\u0430', 'c\u0441', 'd\u0501', 'e\u0435', 'h\u04bb', 'i\u0456', 'j\u0458', 'o\u043e\u03bf', 'p\u0440', 'q\u051b', 's\u0455', 'w\u051d', 'x\u0445', 'y\u0443',
  'A\u0410\u0391', 'B\u0412\u0392', 'C\u0421', 'E\u0415\u0395', 'H\u041d\u0397', 'I\u0406\u0399', 'J\u0408', 'K\u041a\u039a', 'M\u041c\u039c', 'N\u039d', 'O\u041e\u039f', 'P\u0420\u03a1', 'S\u0405', 'T\u0422\u03a4', 'X\u0425\u03a7', 'Y\u04ae\u03a5', 'Z\u0396',
];

const FOLD = new Map<string, string>();
for (const g of GROUPS) for (const ch of g) FOLD.set(ch, g[0]);
// Lisu's letters (U+A4D0–U+A4F4), which Unicode's confusables table gives as the Latin capitals they are drawn as (`ꓔ` for `T`).
const LISU = 'B\ua4d0 P\ua4d1 D\ua4d3 T\ua4d4 G\ua4d6 K\ua4d7 J\ua4d9 C\ua4da Z\ua4dc F\ua4dd M\ua4df N\ua4e0 L\ua4e1 S\ua4e2 R\ua4e3 V\ua4e6 H\ua4e7 W\ua4ea X\ua4eb Y\ua4ec A\ua4ee E\ua4f0 I\ua4f2 O\ua4f3 U\ua4f4';
for (const pair of LISU.split(' ')) FOLD.set(pair[1], FOLD.get(pair[0]) ?? pair[0]);
// Full-width forms (U+FF01–U+FF5E): the ASCII character they stand for, wider (`２０２４` for `2024`).
for (let c = 0x21; c <= 0x7e; c++) if (!FOLD.has(String.fromCharCode(c + 0xfee0))) FOLD.set(String.fromCharCode(c + 0xfee0), FOLD.get(String.fromCharCode(c)) ?? String.fromCharCode(c));

// (Also the tag characters, U+E0000–U+E007F, which spell ASCII text no one sees.)
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u180e\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u3164\ufe00-\ufe0f\u202a-\u202e\u2066-\u2069\u{E0000}-\u{E007F}]/gu;

export function fold(s: string): string {
  let out = '';
  for (const ch of s.replace(INVISIBLE, '')) out += FOLD.get(ch) ?? ch;
  return out;
}

/**
 * True when a and b differ but a reader cannot tell them apart, in a way that marks text:
 * a plain (ASCII) character swapped for a look-alike, or an invisible one added. Two
 * typographic forms of the same mark (“ vs ”) and a byte-order mark preserved from a file
 * are ordinary and not counted (`picked`: the two are what a branch chooses between, where a
 * byte-order mark is a mark like any other invisible character).
 */
export function lookAlike(a: string, b: string, picked = false): boolean {
  if (a === b || a.length > 4096 || b.length > 4096 || fold(a) !== fold(b)) return false;
  // (A byte-order mark kept from a file is ordinary; one a branch picks, `zoned ? "\ufeff" : ""`, is not.)
  const bomless = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  if (!picked && bomless(a) === bomless(b)) return false;
  const ca = [...a];
  const cb = [...b];
  if (ca.length !== cb.length) return true; // an invisible character added or removed
  for (let i = 0; i < ca.length; i++) {
    // One side plain, the other its look-alike. Two different ASCII characters (` and ') are
    // told apart by any reader and any tool, and name no character a report could point to.
    if (ca[i] !== cb[i] && ca[i].charCodeAt(0) < 0x80 !== cb[i].charCodeAt(0) < 0x80) return true;
  }
  return false;
}

/** A printable ASCII character: what a reader and any tool see as it is. */
export function isPlain(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x20 && c <= 0x7e;
}

/** The characters that differ, named for a report: "U+2019 RIGHT SINGLE QUOTATION MARK vs '". */
export function describeDifference(a: string, b: string): string[] {
  const seen = new Set<string>();
  const inA = new Set(a);
  const inB = new Set(b);
  // (A character both texts have, a line break of the prompt, is not what differs.)
  for (const ch of [...a, ...b]) {
    if (!isPlain(ch) && !(inA.has(ch) && inB.has(ch))) seen.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  // (The same characters in other places: each one that is not plain.)
  if (!seen.size) for (const ch of [...a, ...b]) if (!isPlain(ch)) seen.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...seen];
}
