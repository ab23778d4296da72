function offsetName() {
  const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' }).formatToParts(new Date());
  const p = parts.find((x) => x.type === 'timeZoneName');
  return p ? p.value : 'GMT';
}
module.exports = { offsetName };
