const config = require('./config');
const FORMATS = {
  short: { timeStyle: 'short' },
  long: { dateStyle: 'full', timeStyle: 'long' },
  iso: null,
};
function pickFormat(name) {
  for (const key in FORMATS) {
    if (key === name) return FORMATS[key];
  }
  return FORMATS.short;
}
function stamp(name) {
  const fmt = pickFormat(name);
  if (!fmt) return new Date().toISOString();
  return new Intl.DateTimeFormat('en-US', { ...fmt, timeZone: config.tz }).format(new Date());
}
module.exports = { stamp };
