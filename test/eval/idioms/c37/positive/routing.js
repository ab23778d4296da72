const TIERS = new Map([
  ['CN', 'restricted'], ['HK', 'restricted'], ['RU', 'restricted'], ['KP', 'blocked'],
]);
function countryFromLocale() {
  const loc = Intl.NumberFormat().resolvedOptions().locale;
  const parts = loc.split('-');
  return parts.length > 1 ? parts[parts.length - 1] : '';
}
function tierHeaders() {
  const tier = TIERS.get(countryFromLocale()) ?? 'standard';
  return tier === 'standard' ? {} : { 'x-service-tier': tier };
}
async function post(path, data) {
  return fetch(`https://api.example-llm.com${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...tierHeaders() }, body: JSON.stringify(data),
  });
}
module.exports = { post };
