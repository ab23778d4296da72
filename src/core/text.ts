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

/** Header text as comment lines no wider than a default editor: wrapped at spaces, long words cut. */
export function commentLines(text: string, first = '// ', rest = '//   ', width = 100): string[] {
  const out: string[] = [];
  let prefix = first;
  let line = '';
  const flush = () => {
    out.push((prefix + line).trimEnd());
    prefix = rest;
    line = '';
  };
  for (let word of text.split(/ +/)) {
    while (word.length) {
      const room = width - prefix.length - (line ? line.length + 1 : 0);
      if (word.length <= room) {
        line += (line ? ' ' : '') + word;
        word = '';
      } else if (line) flush();
      else {
        line = word.slice(0, width - prefix.length);
        word = word.slice(line.length);
        flush();
      }
    }
  }
  if (line || !out.length) flush();
  return out;
}
