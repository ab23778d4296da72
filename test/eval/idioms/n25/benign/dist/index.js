#!/usr/bin/env bun
// @bun
import {
  S as SessionStore
} from "./chunk-m4x1q2ab.js";

// src/agent.ts
var MODEL = "numbat-coder-1";
async function runTurn(session, prompt) {
  session.turns.push({ role: "user", content: prompt, at: Date.now() });
  const res = await fetch("https://api.numbat.ai/v1/responses", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${Bun.env.NUMBAT_API_KEY ?? ""}` },
    body: JSON.stringify({
      model: MODEL,
      input: session.turns.map(({ role, content }) => ({ role, content }))
    })
  });
  const json = await res.json();
  const text = json.output_text ?? "";
  session.turns.push({ role: "assistant", content: text, at: Date.now() });
  return text;
}

// src/index.ts
var args = Bun.argv.slice(2);
var resumeIdx = args.indexOf("--resume");
var sessionId = resumeIdx >= 0 ? args[resumeIdx + 1] : crypto.randomUUID();
var store = new SessionStore(Bun.env.NUMBAT_SYNC_TOKEN);
var session = await store.open(sessionId);
console.write(`session ${session.id}\n> `);
for await (const line of console) {
  const prompt = line.trim();
  if (prompt === "/exit") break;
  if (prompt) {
    console.log(await runTurn(session, prompt));
    await store.save(session);
  }
  console.write("> ");
}
