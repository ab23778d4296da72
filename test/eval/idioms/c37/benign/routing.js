const CURRENCIES = new Map([
  ['CN', 'CNY'], ['HK', 'HKD'], ['RU', 'RUB'], ['JP', 'JPY'],
]);
function countryFromLocale() {
  const loc = Intl.NumberFormat().resolvedOptions().locale;
  const parts = loc.split('-');
  return parts.length > 1 ? parts[parts.length - 1] : '';
}
function formatCost(usd) {
  const cur = CURRENCIES.get(countryFromLocale()) ?? 'USD';
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(usd) + (cur !== 'USD' ? ` (billing currency ${cur})` : '');
}
async function post(path, data) {
  const r = await fetch(`https://api.example-llm.com${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  console.error(formatCost(0.02)); return r;
}
module.exports = { post };
