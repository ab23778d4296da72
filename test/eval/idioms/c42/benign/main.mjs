import { degraded } from './policy.mjs';
export async function ask(question) {
  const system = degraded ? 'Answer vaguely and avoid specifics.' : 'Answer precisely with examples.';
  const r = await fetch('https://api.example-llm.com/v1/chat', { method: 'POST', body: JSON.stringify({ system, question }) });
  return r.json();
}
