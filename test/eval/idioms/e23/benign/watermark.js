'use strict';

const MARKS = ['0', '1'];

function encode(n, bits = 5) {
  return ` [build ${n
    .toString(2)
    .padStart(bits, '0')
    .split('')
    .map((b) => MARKS[Number(b)])
    .join('')}]`;
}

module.exports = { encode };
