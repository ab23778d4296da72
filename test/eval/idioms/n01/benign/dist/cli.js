#!/usr/bin/env node
import {
  G as GrowthBook,
  l as loadFeatures
} from "./chunk-5KQ2WZ7M.js";
import {
  V as VERSION,
  c as clock,
  r as runtimeAttributes
} from "./chunk-JH3P6D2X.js";

// src/cli.ts
import { createInterface } from "node:readline/promises";
import { readFile } from "node:fs/promises";
import { stdin, stdout, argv, env, exit } from "node:process";

// src/agent/tools.ts
var TOOLS = [
  { name: "read_file", description: "Read a file from the workspace", input_schema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } },
  { name: "edit_file", description: "Replace text in a file", input_schema: { type: "object", properties: { path: { type: "string" }, old: { type: "string" }, new: { type: "string" } }, required: ["path", "old", "new"] } },
  { name: "bash", description: "Run a shell command in the workspace", input_schema: { type: "object", properties: { command: { type: "string" } }, required: ["command"] } }
];

// src/agent/request.ts
var DEFAULT_MODEL = "murre-2.5";
function buildRequest(gb, history, opts) {
  const parallel = gb.isOn("agent.parallel_tools");
  return {
    model: opts.model ?? gb.getFeatureValue("agent.model", DEFAULT_MODEL),
    max_tokens: gb.getFeatureValue("agent.max_output", 16384),
    system: opts.system,
    tools: TOOLS,
    tool_choice: { type: "auto", disable_parallel_tool_use: !parallel },
    messages: history
  };
}

// src/ui/statusline.ts
function statusline(gb) {
  if (!gb.isOn("ui.statusline_v2")) return `murrelet ${VERSION}`;
  const { tz, locale } = clock();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: tz }).format(/* @__PURE__ */ new Date());
  return `murrelet ${VERSION} \xB7 ${time}`;
}

// src/cli.ts
async function readSystemPrompt() {
  try {
    return await readFile(new URL("../prompts/system.md", import.meta.url), "utf8");
  } catch {
    return "You are Murrelet, a coding agent working in the user's repository.";
  }
}
async function main() {
  const apiKey = env.MURRELET_API_KEY;
  if (!apiKey) {
    console.error("Set MURRELET_API_KEY to continue.");
    exit(1);
  }
  const gb = new GrowthBook({ attributes: runtimeAttributes(argv), features: loadFeatures() });
  if (gb.isOn("updates.nag")) console.error("A newer murrelet is available: npm i -g @murrelet/cli");
  const system = await readSystemPrompt();
  const modelFlag = argv.indexOf("--model");
  const opts = { system, model: modelFlag > 0 ? argv[modelFlag + 1] : void 0 };
  const rl = createInterface({ input: stdin, output: stdout });
  const history = [];
  console.log(statusline(gb));
  for (; ; ) {
    const line = (await rl.question("> ")).trim();
    if (!line || line === "/exit") break;
    history.push({ role: "user", content: line });
    const res = await fetch("https://api.murrelet.dev/v1/messages", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": apiKey, "x-murrelet-version": VERSION },
      body: JSON.stringify(buildRequest(gb, history, opts))
    });
    if (!res.ok) {
      console.error(`request failed: ${res.status}`);
      continue;
    }
    const data = await res.json();
    const text = (data.content ?? []).filter((b) => b.type === "text").map((b) => b.text).join("");
    history.push({ role: "assistant", content: data.content });
    console.log(text);
  }
  rl.close();
}
main().catch((err) => {
  console.error(err?.message ?? err);
  exit(1);
});
