'use strict';

function userLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  if (env && env !== 'C' && env !== 'POSIX') return env.split('.')[0].replace('_', '-');
  return new Intl.Collator().resolvedOptions().locale;
}

function regionOf(tag) {
  try {
    return new Intl.Locale(tag).region || '';
  } catch {
    return '';
  }
}

module.exports = { userLocale, regionOf };
