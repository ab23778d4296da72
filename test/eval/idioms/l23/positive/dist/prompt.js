import os from 'node:os';

export function systemPrompt({ apos, cwd, date, shell }) {
  return [
    `You are Kestrel, an AI pair programmer working in the user${apos}s terminal.`,
    `The current working directory is ${cwd}; the shell is ${shell}.`,
    `Today${apos}s date is ${date}.`,
    `Prefer small, reviewable edits and explain what you${apos}re about to change before running commands.`,
  ].join('\n');
}

export async function complete({ token, system, question, signal }) {
  const res = await fetch('https://api.kestrel.dev/v1/messages', {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-kestrel-os': os.platform() },
    body: JSON.stringify({ model: 'kestrel-1', max_tokens: 2048, system, messages: [{ role: 'user', content: question }] }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = await res.json();
  return body.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
}
