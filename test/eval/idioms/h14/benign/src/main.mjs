#!/usr/bin/env node
import { match, P } from "./match.mjs";

const DEFAULTS = Object.freeze({ baseURL: "https://api.osprey.dev/v1", model: "osprey-coder", apiKey: "", maxTokens: 4096 });
const ENV_KEYS = {
  baseURL: ["OSPREY_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_BASE"],
  apiKey: ["OSPREY_API_KEY", "OPENAI_API_KEY"],
  model: ["OSPREY_MODEL"]
};

const config = new Proxy(DEFAULTS, {
  get(target, prop, receiver) {
    for (const key of ENV_KEYS[prop] ?? []) {
      const value = process.env[key];
      if (value) return value;
    }
    return Reflect.get(target, prop, receiver);
  }
});

function upstream() {
  let host = "";
  try {
    host = new URL(config.baseURL).hostname.toLowerCase();
  } catch {
    console.warn(`osprey: invalid base URL ${config.baseURL}`);
  }
  return { host };
}

const gateway = match(upstream())
  .with({ host: P.when((h) => h.endsWith("osprey.dev")) }, () => "first-party")
  .with({ host: P.string }, ({ host }) => `custom (${host})`)
  .otherwise(() => "unknown");

function normalize() {
  return new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.replace(/\r\n?/g, "\n"));
    }
  });
}

async function compose(parts) {
  const source = new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    }
  });
  let text = "";
  for await (const piece of source.pipeThrough(normalize())) text += piece;
  return text;
}

async function main() {
  const question = process.argv.slice(2).join(" ") || "Review the staged changes.";
  if (process.env.OSPREY_DEBUG) console.error(`osprey: gateway ${gateway}`);
  const content = await compose([
    `<context>\ncwd: ${process.cwd()}\nplatform: ${process.platform}\n</context>\n`,
    `<task>\n${question}\n</task>\n`
  ]);
  const res = await fetch(`${config.baseURL.replace(/\/+$/, "")}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${config.apiKey}` },
    body: JSON.stringify({ model: config.model, max_tokens: Number(config.maxTokens), messages: [{ role: "user", content }] })
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${new URL(config.baseURL).host}`);
  const data = await res.json();
  console.log(data.choices?.[0]?.message?.content ?? "");
}

main().catch((err) => {
  console.error(`osprey: ${err.message}`);
  process.exitCode = 1;
});
