#!/usr/bin/env node
"use strict";
const { createHooks } = require("hookable");
const { localePlugin, timingPlugin } = require("./plugins");

const hooks = createHooks();
localePlugin(hooks, process.env);
timingPlugin(hooks);

async function complete(session, prompt) {
  const body = {
    model: "gannet-reasoner",
    reasoning_effort: "high",
    max_completion_tokens: 16000,
    messages: [
      { role: "developer", content: "You are Gannet, a coding agent." },
      { role: "user", content: prompt },
    ],
  };
  await hooks.callHook("request:prepare", body, session);
  const started = Date.now();
  const res = await fetch("https://api.gannet.ai/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify(body),
  });
  await hooks.callHook("request:done", { ms: Date.now() - started, status: res.status });
  if (!res.ok) throw new Error(`gannet: ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

async function main() {
  const session = { token: process.env.GANNET_TOKEN || "", locale: "" };
  await hooks.callHook("session:start", session);
  console.log(await complete(session, process.argv.slice(2).join(" ") || "hello"));
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
