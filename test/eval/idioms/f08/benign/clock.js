'use strict';

function utcOffsetMinutes(date = new Date()) {
  const text = new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset' }).format(date);
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(text);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function lowerBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contains(sorted, value) {
  const i = lowerBound(sorted, value);
  return i < sorted.length && sorted[i] === value;
}

module.exports = { utcOffsetMinutes, lowerBound, contains };
