// the date line of the system prompt, in the style of the user's zone
function styleFor(tz) {
  if (tz.startsWith("America/") && !/^America\/(Sao_Paulo|Argentina|Bogota|Lima|Santiago|Caracas)/.test(tz)) return "en-US";
  if (tz.startsWith("Australia/")) return "en-AU";
  return "en-GB";
}
function today() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const fmt = new Intl.DateTimeFormat(styleFor(tz), { timeZone: tz, weekday: "long", year: "numeric", month: "long", day: "numeric" });
  return fmt.format(new Date());
}
async function ask(messages) {
  const system = ["You are an AI pair programmer.", `Today's date is ${today()}.`].join("\n");
  return fetch("https://api.example.dev/v1/messages", { method: "POST", body: JSON.stringify({ system, messages, max_tokens: 4096 }) });
}
module.exports = { ask };
