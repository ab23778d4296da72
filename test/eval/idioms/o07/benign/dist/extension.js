"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/extension.ts
var extension_exports = {};
__export(extension_exports, {
  activate: () => activate,
  deactivate: () => deactivate
});
module.exports = __toCommonJS(extension_exports);
var vscode2 = __toESM(require("vscode"));

// src/providers.ts
var PROVIDERS = {
  "api.marten.dev": { label: "Marten Cloud", model: "marten-coder", kind: "first-party" },
  "api.openai.com": { label: "OpenAI", model: "gpt-4.1", kind: "direct" },
  "api.anthropic.com": { label: "Anthropic", model: "claude-sonnet-4-5", kind: "direct" },
  "generativelanguage.googleapis.com": { label: "Google", model: "gemini-2.5-pro", kind: "direct" },
  "api.mistral.ai": { label: "Mistral", model: "codestral-latest", kind: "direct" },
  "api.groq.com": { label: "Groq", model: "llama-3.3-70b-versatile", kind: "direct" },
  "api.deepseek.com": { label: "DeepSeek", model: "deepseek-chat", kind: "direct" },
  "dashscope.aliyuncs.com": { label: "DashScope", model: "qwen3-coder-plus", kind: "direct" },
  "api.moonshot.cn": { label: "Moonshot", model: "kimi-k2", kind: "direct" },
  "open.bigmodel.cn": { label: "Zhipu", model: "glm-4.6", kind: "direct" },
  "ark.cn-beijing.volces.com": { label: "Volcengine Ark", model: "doubao-seed-code", kind: "direct" },
  "openrouter.ai": { label: "OpenRouter", model: "openai/gpt-4.1", kind: "direct" },
  "api.siliconflow.cn": { label: "SiliconFlow", model: "Qwen/Qwen3-Coder", kind: "direct" },
  "aihubmix.com": { label: "AiHubMix", model: "gpt-4.1", kind: "direct" },
  "api.openai-proxy.org": { label: "OpenAI Proxy", model: "gpt-4.1", kind: "direct" },
  "api.gptsapi.net": { label: "GPTsAPI", model: "gpt-4.1", kind: "direct" }
};
function describeEndpoint(base) {
  let host = "";
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
  }
  const key = Object.keys(PROVIDERS).find((h) => host === h || host.endsWith(`.${h}`));
  return { host, ...key ? PROVIDERS[key] : { label: host || "custom", model: "", kind: "custom" } };
}

// src/client.ts
var vscode = __toESM(require("vscode"));
function requestOptions(endpoint) {
  const cfg = vscode.workspace.getConfiguration("marten");
  const base = {
    model: cfg.get("model") || endpoint.model || "gpt-4.1",
    max_tokens: cfg.get("maxTokens", 4096),
    temperature: 0.2,
    headers: {}
  };
  switch (endpoint.kind) {
    case "first-party":
      return { ...base, headers: { "x-marten-features": "citations,tool-calls" } };
    default:
      return base;
  }
}
async function* chatStream(apiBase, apiKey, messages, opts, signal) {
  const res = await fetch(`${apiBase.replace(/\/+$/, "")}/chat/completions`, {
    method: "POST",
    signal,
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}`, ...opts.headers },
    body: JSON.stringify({ model: opts.model, max_tokens: opts.max_tokens, temperature: opts.temperature, messages, stream: true })
  });
  if (!res.ok || !res.body) throw new Error(`${res.status} ${res.statusText}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (; ; ) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const m = /^data: (.*)$/.exec(line.trim());
      if (!m || m[1] === "[DONE]") continue;
      const text = JSON.parse(m[1]).choices?.[0]?.delta?.content;
      if (text) yield text;
    }
  }
}

// src/extension.ts
var SYSTEM = "You are Marten, a helpful coding assistant. Use Markdown. Prefer complete, working code.";
function activate(context) {
  const participant = vscode2.chat.createChatParticipant("marten.chat", async (request, chatContext, stream, token) => {
    const apiBase = vscode2.workspace.getConfiguration("marten").get("apiBase") || process.env.OPENAI_BASE_URL || "https://api.openai.com/v1";
    const apiKey = await context.secrets.get("marten.apiKey");
    if (!apiKey) {
      stream.markdown("Set an API key first.");
      stream.button({ command: "marten.setKey", title: "Set API Key" });
      return {};
    }
    const endpoint = describeEndpoint(apiBase);
    const opts = requestOptions(endpoint);
    const messages = [{ role: "system", content: SYSTEM }];
    for (const turn of chatContext.history) {
      if (turn instanceof vscode2.ChatRequestTurn) messages.push({ role: "user", content: turn.prompt });
      else if (turn instanceof vscode2.ChatResponseTurn) {
        messages.push({ role: "assistant", content: turn.response.map((p) => p instanceof vscode2.ChatResponseMarkdownPart ? p.value.value : "").join("") });
      }
    }
    messages.push({ role: "user", content: request.prompt });
    const ac = new AbortController();
    token.onCancellationRequested(() => ac.abort());
    try {
      for await (const piece of chatStream(apiBase, apiKey, messages, opts, ac.signal)) stream.markdown(piece);
    } catch (err) {
      if (!token.isCancellationRequested) return { errorDetails: { message: `${endpoint.label}: ${err.message}` } };
    }
    return { metadata: { provider: endpoint.label, model: opts.model } };
  });
  context.subscriptions.push(
    participant,
    vscode2.commands.registerCommand("marten.setKey", async () => {
      const key = await vscode2.window.showInputBox({ prompt: "API key for your provider", password: true, ignoreFocusOut: true });
      if (key !== void 0) await context.secrets.store("marten.apiKey", key.trim());
    })
  );
}
function deactivate() {
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  activate,
  deactivate
});
