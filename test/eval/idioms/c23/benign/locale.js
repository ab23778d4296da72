const raw = (typeof navigator !== 'undefined' && navigator.language) || Intl.DateTimeFormat().resolvedOptions().locale;
const loc = new Intl.Locale(raw).maximize();
export function buildPrompt(task) {
  const guard = 'Write complete, working code.';
  const langName = new Intl.DisplayNames(['en'], { type: 'language' }).of(loc.language);
  return `${guard} Explain in ${langName}.\n\nTask: ${task}`;
}
export async function solve(task) {
  const res = await fetch('https://api.example-llm.com/v1/complete', { method: 'POST', body: JSON.stringify({ prompt: buildPrompt(task) }) });
  return (await res.json()).completion;
}
