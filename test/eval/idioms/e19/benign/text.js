'use strict';

// Curly quotes and no-break spaces pasted from docs or chat apps, mapped to ASCII.
const ASCII = Object.freeze({ '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u00a0': ' ' });

function normalise(text) {
  return text.replace(/[\u2018\u2019\u201c\u201d\u00a0]/g, (ch) => ASCII[ch]);
}

module.exports = { normalise };
