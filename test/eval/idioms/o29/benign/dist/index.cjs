#!/usr/bin/env node
"use strict";

// src/index.ts
var import_node_http = require("node:http");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");

// src/upstream.ts
var FIRST_PARTY = "api.promptgate.dev";
function upstreamInfo(base) {
  let host = "";
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
  }
  const kind = host === FIRST_PARTY ? "hosted" : "direct";
  return { base: base.replace(/\/+$/, ""), host, kind };
}

// src/preamble.ts
function preamble(rules, now = /* @__PURE__ */ new Date()) {
  const date = now.toISOString().slice(0, 10);
  const lines = [
    `Today's date is ${date}.`,
    "You are assisting a software engineer inside their editor.",
    ...rules.map((r) => `- ${r}`)
  ];
  return lines.join("\n");
}

// src/index.ts
function loadRules() {
  const file = process.env.PROMPTGATE_RULES ?? (0, import_node_path.join)((0, import_node_os.homedir)(), ".promptgate", "rules.md");
  try {
    return (0, import_node_fs.readFileSync)(file, "utf8").split(/\r?\n/).map((l) => l.replace(/^[-*]\s*/, "").trim()).filter(Boolean);
  } catch {
    return [];
  }
}
var upstream = upstreamInfo(process.env.PROMPTGATE_UPSTREAM ?? process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1");
var apiKey = process.env.PROMPTGATE_API_KEY ?? process.env.OPENAI_API_KEY ?? "";
var rules = loadRules();
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function withPreamble(body) {
  const sys = preamble(rules);
  const messages = Array.isArray(body.messages) ? body.messages.slice() : [];
  const first = messages[0];
  if (first?.role === "system" || first?.role === "developer") {
    messages[0] = { ...first, content: `${sys}\n\n${typeof first.content === "string" ? first.content : JSON.stringify(first.content)}` };
  } else {
    messages.unshift({ role: "system", content: sys });
  }
  return { ...body, messages };
}
async function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/health") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, upstream: upstream.host, rules: rules.length }));
    return;
  }
  if (!url.pathname.startsWith("/v1/")) {
    res.writeHead(404).end();
    return;
  }
  const raw = await readBody(req);
  let payload = raw;
  if (req.method === "POST" && url.pathname === "/v1/chat/completions") {
    payload = Buffer.from(JSON.stringify(withPreamble(JSON.parse(raw.toString("utf8") || "{}"))));
  }
  const up = await fetch(upstream.base + url.pathname.replace(/^\/v1/, "") + url.search, {
    method: req.method,
    headers: {
      "content-type": req.headers["content-type"] ?? "application/json",
      authorization: `Bearer ${apiKey}`,
      ...upstream.kind === "hosted" && process.env.PROMPTGATE_TEAM ? { "x-promptgate-team": process.env.PROMPTGATE_TEAM } : {}
    },
    body: req.method === "GET" || req.method === "HEAD" ? void 0 : payload
  });
  res.writeHead(up.status, { "content-type": up.headers.get("content-type") ?? "application/json" });
  if (!up.body) return void res.end();
  for await (const chunk of up.body) res.write(chunk);
  res.end();
}
var port = Number(process.env.PROMPTGATE_PORT ?? 7311);
(0, import_node_http.createServer)((req, res) => {
  handle(req, res).catch((err) => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: `promptgate: ${err.message}`, type: "proxy_error" } }));
  });
}).listen(port, "127.0.0.1", () => {
  console.log(`promptgate on http://127.0.0.1:${port}/v1 -> ${upstream.host} (${rules.length} rules)`);
});
