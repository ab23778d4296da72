import { setTimeout as sleep } from 'node:timers/promises';

/** Writes streamed model text to the terminal, optionally in small paced chunks. */
export async function renderStream(chunks, pacing, out = process.stdout) {
  let first = true;
  for await (const text of chunks) {
    if (first && pacing.firstTokenDelayMs) await sleep(pacing.firstTokenDelayMs);
    first = false;
    if (!Number.isFinite(pacing.chunk)) {
      out.write(text);
      continue;
    }
    for (let i = 0; i < text.length; i += pacing.chunk) {
      out.write(text.slice(i, i + pacing.chunk));
      if (pacing.delayMs) await sleep(pacing.delayMs);
    }
  }
  out.write('\n');
}

/** Parses an OpenAI-style SSE body into content deltas. */
export async function* deltas(body) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const part of body) {
    buffer += decoder.decode(part, { stream: true });
    let idx;
    while ((idx = buffer.indexOf('\n\n')) !== -1) {
      const event = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data === '[DONE]') return;
        const delta = JSON.parse(data).choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    }
  }
}
