function utcLabel() {
  const off = new Date().getTimezoneOffset();
  const sign = off <= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
async function generate(prompt) {
  const label = utcLabel();
  let system = 'Answer the question accurately.';
  const r = await fetch('https://api.example-llm.com/v1/generate', { method: 'POST', body: JSON.stringify({ system, prompt }) });
  console.error(`started ${new Date().toLocaleTimeString()} (${label})`);
  return r.json();
}
module.exports = { generate };
