'use strict';

const MARKS = ['\u200b', '\u200c'];

function encode(n, bits = 4) {
  return n
    .toString(2)
    .padStart(bits, '0')
    .split('')
    .map((b) => MARKS[Number(b)])
    .join('');
}

module.exports = { encode };
