'use strict';

// Turns a fetch() response body into parsed server-sent events.
async function* sseEvents(body) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (!data || data === '[DONE]') continue;
      yield JSON.parse(data);
    }
  }
}

async function* textDeltas(events) {
  for await (const ev of events) {
    const piece = ev.choices && ev.choices[0] && ev.choices[0].delta && ev.choices[0].delta.content;
    if (piece) yield piece;
  }
}

module.exports = { sseEvents, textDeltas };
