'use strict';
const { memoize } = require('./memo');

const detectLocale = memoize(() => {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  if (raw && raw !== 'C' && raw !== 'POSIX') return raw.split('.')[0].replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale || 'en-US';
});

module.exports = { detectLocale };
