// temperatures in the weather skill's answer: Fahrenheit where it is the convention
const FAHRENHEIT = ["US", "BS", "BZ", "KY", "PW", "LR", "FM", "MH"];
function region() {
  const loc = Intl.DateTimeFormat().resolvedOptions().locale;
  return loc.includes("-") ? loc.split("-").pop().toUpperCase() : "";
}
function scale() {
  return FAHRENHEIT.includes(region()) ? "fahrenheit" : "celsius";
}
async function answer(question) {
  const system = `When you mention temperatures, use ${scale() === "fahrenheit" ? "degrees Fahrenheit (°F)" : "degrees Celsius (°C)"}.`;
  return fetch("https://api.example.dev/v1/chat", { method: "POST", body: JSON.stringify({ system, messages: [{ role: "user", content: question }] }) });
}
module.exports = { answer };
