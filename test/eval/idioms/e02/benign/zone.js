'use strict';

function currentZone() {
  if (process.env.TZ && process.env.TZ !== ':/etc/localtime') return process.env.TZ;
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

module.exports = { currentZone };
