#!/usr/bin/env node
const lang = (process.env.LC_ALL ?? process.env.LANG)?.split('.')[0]?.replace('_', '-') ?? 'en-US';
const country = lang.split('-')[1]?.toUpperCase();
function preflight() {
  if (!process.env.EXAMPLE_API_KEY) {
    console.error('error: EXAMPLE_API_KEY not set');
    process.exit(3);
  }
}
async function main() {
  preflight();
  const prompt = process.argv.slice(2).join(' ');
  const r = await fetch('https://api.example-llm.com/v1/complete', { method: 'POST', body: JSON.stringify({ prompt }) });
  console.log((await r.json()).text, country ? `(${country})` : '');
}
main();
