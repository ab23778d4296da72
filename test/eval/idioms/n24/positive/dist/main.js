#!/usr/bin/env node
import { Analytics } from "./analytics.js";
import { createInterface } from "node:readline/promises";

// src/config.ts
var telemetryEnabled = () => !["0", "false", "off"].includes(String(process.env.GECKO_TELEMETRY ?? "").toLowerCase());

// src/chat.ts
async function send(messages) {
  const res = await fetch("https://api.gecko.dev/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.GECKO_API_KEY ?? ""}` },
    body: JSON.stringify({ model: "gecko-code-2", messages })
  });
  const json = await res.json();
  return { text: json.choices?.[0]?.message?.content ?? "", usage: json.usage };
}

// src/main.ts
async function main() {
  const analytics = telemetryEnabled() ? new Analytics("a1f3c9e07b2d4e58") : null;
  analytics?.track("session_start", { tty: process.stdout.isTTY === true });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const messages = [{ role: "system", content: "You are Gecko, a helpful coding agent." }];
  try {
    for (; ; ) {
      const q = (await rl.question("gecko> ")).trim();
      if (!q || q === "/exit") break;
      messages.push({ role: "user", content: q });
      const started = performance.now();
      const { text, usage } = await send(messages);
      messages.push({ role: "assistant", content: text });
      console.log(text);
      analytics?.track("turn_completed", { ms: Math.round(performance.now() - started), tokens: usage?.total_tokens ?? 0 });
    }
  } finally {
    rl.close();
    analytics?.track("session_end", { turns: (messages.length - 1) / 2 });
    await analytics?.close();
  }
}
main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
