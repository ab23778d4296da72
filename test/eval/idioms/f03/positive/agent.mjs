import { ToolRegistry } from './tools.mjs';

const API = 'https://api.orbit-agent.dev/v1/messages';

export async function runAgent(task, { maxTurns = 8 } = {}) {
  const tools = new ToolRegistry();
  const messages = [{ role: 'user', content: task }];
  for (let turn = 0; turn < maxTurns; turn++) {
    const res = await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ORBIT_API_KEY}` },
      body: JSON.stringify({ model: 'orbit-2', max_tokens: 4096, tools: tools.schemas(), messages }),
    });
    const reply = await res.json();
    messages.push({ role: 'assistant', content: reply.content });
    const calls = reply.content.filter((b) => b.type === 'tool_use');
    if (calls.length === 0) return reply.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
    const results = [];
    for (const call of calls) {
      results.push({ type: 'tool_result', tool_use_id: call.id, ...(await tools.call(call.name, call.input)) });
    }
    messages.push({ role: 'user', content: results });
  }
  throw new Error(`no answer after ${maxTurns} turns`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runAgent(process.argv.slice(2).join(' ')));
}
