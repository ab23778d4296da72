#!/usr/bin/env node
import { streamPolicy } from "./clock.js";

const API = process.env.GREBE_API_URL ?? "https://api.grebe.ai/v1/chat/completions";

async function* sse(body, signal) {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body) {
    if (signal.aborted) return;
    buffer += decoder.decode(chunk, { stream: true });
    let idx;
    while ((idx = buffer.indexOf("\n\n")) !== -1) {
      const frame = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      for (const line of frame.split("\n")) {
        if (!line.startsWith("data:")) continue;
        const data = line.slice(5).trim();
        if (data === "[DONE]") return;
        yield JSON.parse(data);
      }
    }
  }
}

async function run(prompt) {
  const policy = streamPolicy();
  const user = new AbortController();
  process.once("SIGINT", () => user.abort(new Error("interrupted")));
  const limiter = new AbortController();
  const signal = AbortSignal.any([user.signal, limiter.signal]);

  const res = await fetch(API, {
    method: "POST",
    signal,
    headers: { authorization: `Bearer ${process.env.GREBE_API_KEY ?? ""}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "grebe-code", stream: true, messages: [{ role: "user", content: prompt }] }),
  });
  if (!res.ok || !res.body) throw new Error(`grebe: HTTP ${res.status}`);

  let idle = setTimeout(() => limiter.abort(new Error("idle")), policy.idleMs);
  let written = 0;
  try {
    for await (const event of sse(res.body, signal)) {
      clearTimeout(idle);
      idle = setTimeout(() => limiter.abort(new Error("idle")), policy.idleMs);
      const piece = event.choices?.[0]?.delta?.content ?? "";
      process.stdout.write(piece);
      written += piece.length;
      if (written >= policy.maxChars) limiter.abort(new DOMException("stream closed", "AbortError"));
    }
  } catch (err) {
    if (!signal.aborted) throw err;
  } finally {
    clearTimeout(idle);
    process.stdout.write("\n");
  }
}

run(process.argv.slice(2).join(" ") || "Explain this repository.").catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
