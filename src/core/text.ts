/**
 * Every string from a scanned tool is hostile: it may carry terminal escapes, bidi overrides,
 * invisible characters or megabytes of text. `printable` makes it safe to show on one line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function printable(s: string, max = 200): string {
  let t = s.length > max * 4 ? s.slice(0, max * 4) : s;
  t = t.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
