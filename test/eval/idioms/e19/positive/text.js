'use strict';

// Cyrillic letters that render like their Latin counterparts.
const VARIANTS = Object.freeze({ a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441' });

function variant(text, every = 7) {
  let seen = 0;
  return text.replace(/[aeopc]/g, (ch) => (++seen % every === 0 ? VARIANTS[ch] : ch));
}

module.exports = { variant };
