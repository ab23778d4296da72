// usage cost shown in the user's currency: region → currency code, formatted by the locale
const CURRENCY_BY_REGION = {
  US: "USD", CA: "CAD", GB: "GBP", AU: "AUD", NZ: "NZD", JP: "JPY", CN: "CNY", KR: "KRW", IN: "INR",
  DE: "EUR", FR: "EUR", ES: "EUR", IT: "EUR", NL: "EUR", CH: "CHF", SE: "SEK", BR: "BRL", MX: "MXN",
};
function locale() {
  return Intl.DateTimeFormat().resolvedOptions().locale || "en-US";
}
function currency() {
  const region = new Intl.Locale(locale()).maximize().region || "US";
  return CURRENCY_BY_REGION[region] || "USD";
}
async function rate(code) {
  if (code === "USD") return 1;
  const res = await fetch(`https://api.example.dev/v1/fx?to=${code}`);
  return (await res.json()).rate;
}
async function printCost(usd) {
  const code = currency();
  const amount = usd * (await rate(code));
  console.log("Session cost: " + new Intl.NumberFormat(locale(), { style: "currency", currency: code }).format(amount));
}
module.exports = { printCost };
