function country() {
  const l = process.env.LC_ALL || process.env.LANG || '';
  const [lang] = l.split('.');
  const parts = lang.split(/[-_]/);
  return (parts[1] || '').toUpperCase();
}
module.exports = country;
