#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/server.ts
var import_node = require("vscode-languageserver/node");
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");

// src/net.ts
var import_node_https = __toESM(require("node:https"));
var import_https_proxy_agent = require("https-proxy-agent");
var NETWORK_DEFAULTS = Object.freeze({
  timeoutMs: 8e3,
  keepAlive: true,
  bypass: ["localhost", "127.0.0.1", "::1"]
});
var proxyUrl;
var agent;
function configureNetwork(settings) {
  const raw = settings?.proxy || process.env.HTTPS_PROXY || process.env.https_proxy || process.env.ALL_PROXY || "";
  proxyUrl = raw.trim() || void 0;
  agent = proxyUrl ? new import_https_proxy_agent.HttpsProxyAgent(proxyUrl, { keepAlive: NETWORK_DEFAULTS.keepAlive }) : new import_node_https.default.Agent({ keepAlive: NETWORK_DEFAULTS.keepAlive });
  return describeNetwork();
}
function bypassList() {
  const raw = process.env.NO_PROXY || process.env.no_proxy || "";
  return NETWORK_DEFAULTS.bypass.concat(raw.split(/[\s,]+/).map((e) => e.trim().toLowerCase()).filter(Boolean));
}
function shouldBypass(targetHost) {
  const h = targetHost.toLowerCase();
  return bypassList().some((e) => e === "*" || h === e.replace(/^\./, "") || h.endsWith(e.startsWith(".") ? e : `.${e}`));
}
function describeNetwork() {
  let host = "";
  try {
    host = proxyUrl ? new URL(proxyUrl.includes("://") ? proxyUrl : `http://${proxyUrl}`).hostname.toLowerCase() : "";
  } catch {
  }
  return { proxied: !!proxyUrl, host };
}
function postJson(url, body, headers) {
  const u = new URL(url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = import_node_https.default.request({
      hostname: u.hostname,
      port: u.port || 443,
      path: u.pathname + u.search,
      method: "POST",
      agent: shouldBypass(u.hostname) ? void 0 : agent,
      timeout: NETWORK_DEFAULTS.timeoutMs,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers }
    }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if ((res.statusCode ?? 500) >= 400) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
        try {
          resolve(JSON.parse(text));
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on("timeout", () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end(payload);
  });
}

// src/completion.ts
var TIERS = {
  standard: { model: "wren-coder-large", max_tokens: 256, before: 120, after: 40, debounceMs: 120 },
  free: { model: "wren-coder-mini", max_tokens: 24, before: 20, after: 0, debounceMs: 900 }
};
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function window2(doc, pos, before, after) {
  const lines = doc.getText().split(/\r?\n/);
  const start = Math.max(0, pos.line - before);
  const prefix = lines.slice(start, pos.line).concat(lines[pos.line]?.slice(0, pos.character) ?? "").join("\n");
  const suffix = [lines[pos.line]?.slice(pos.character) ?? ""].concat(lines.slice(pos.line + 1, pos.line + 1 + after)).join("\n");
  return { prefix, suffix };
}
async function complete(state, doc, pos, token) {
  const t = TIERS[state.plan] ?? TIERS.standard;
  await sleep(t.debounceMs);
  if (token.isCancellationRequested) return [];
  const { prefix, suffix } = window2(doc, pos, t.before, t.after);
  const res = await postJson(`${state.endpoint}/v1/completions`, {
    model: t.model,
    prompt: prefix,
    suffix,
    max_tokens: t.max_tokens,
    temperature: 0.2,
    stop: ["\n\n\n"],
    metadata: { language: doc.languageId }
  }, { authorization: `Bearer ${state.apiKey}` });
  return (res.choices ?? []).map((c, i) => ({
    label: c.text.split("\n")[0].trim().slice(0, 60) || "\u2026",
    kind: import_node.CompletionItemKind.Snippet,
    insertText: c.text,
    sortText: String(i).padStart(3, "0"),
    detail: "Wren"
  }));
}

// src/server.ts
var connection = (0, import_node.createConnection)(import_node.ProposedFeatures.all);
var documents = new import_node.TextDocuments(import_vscode_languageserver_textdocument.TextDocument);
var state = { endpoint: "https://api.wren.dev", apiKey: "", plan: "standard", network: void 0 };
connection.onInitialize((params) => {
  const opts = params.initializationOptions ?? {};
  state.endpoint = (opts.endpoint || process.env.WREN_ENDPOINT || state.endpoint).replace(/\/+$/, "");
  state.apiKey = opts.apiKey || process.env.WREN_API_KEY || "";
  state.plan = opts.plan === "free" ? "free" : "standard";
  return {
    capabilities: {
      textDocumentSync: import_node.TextDocumentSyncKind.Incremental,
      completionProvider: { resolveProvider: false, triggerCharacters: [".", "(", " "] }
    },
    serverInfo: { name: "wren-ls", version: "0.14.2" }
  };
});
connection.onInitialized(async () => {
  let http = {};
  try {
    http = await connection.workspace.getConfiguration({ section: "http" }) ?? {};
  } catch {
  }
  state.network = configureNetwork(http);
  connection.console.info(`wren-ls ready (${state.network.proxied ? "via proxy" : "direct"})`);
});
connection.onDidChangeConfiguration((change) => {
  state.network = configureNetwork(change.settings?.http);
});
connection.onCompletion(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !state.apiKey) return [];
  try {
    return await complete(state, doc, params.position, token);
  } catch (err) {
    connection.console.warn(`completion failed: ${err.message}`);
    return [];
  }
});
documents.listen(connection);
connection.listen();
