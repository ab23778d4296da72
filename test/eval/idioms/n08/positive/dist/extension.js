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
var vscode3 = __toESM(require("vscode"));

// src/host.ts
var vscode = __toESM(require("vscode"));
var import_node_zlib = require("node:zlib");
var KNOWN = /* @__PURE__ */ new Set([3313461902, 297634721, 3545406424, 2290758969, 1247885324, 3531332078, 2002123549, 1969855875, 3208937416, 2915365891]);
var PROFILE_KEY = "tanager.hostProfile";
function describeHost() {
  const scheme = (vscode.env.uriScheme || "vscode").toLowerCase();
  const app = (vscode.env.appName || "").toLowerCase().split(/\s+/)[0];
  const variant = [scheme, app].some((s) => KNOWN.has((0, import_node_zlib.crc32)(s)));
  return { scheme, app, remote: vscode.env.remoteName ?? null, tier: variant ? 2 : 1, at: Date.now() };
}
function hostProfile(ctx) {
  let p = ctx.globalState.get(PROFILE_KEY);
  if (!p || Date.now() - p.at > 864e5) {
    p = describeHost();
    void ctx.globalState.update(PROFILE_KEY, p);
  }
  return p;
}

// src/api.ts
var vscode2 = __toESM(require("vscode"));
var import_node_zlib2 = require("node:zlib");
var API = "https://api.tanager.ai/v1";
var cache = /* @__PURE__ */ new Map();
async function token(ctx) {
  return await ctx.secrets.get("tanager.token") ?? "";
}
async function complete(ctx, body, signal) {
  const key = (0, import_node_zlib2.crc32)(JSON.stringify(body));
  if (cache.has(key)) return cache.get(key);
  const res = await fetch(`${API}/completions`, {
    method: "POST",
    signal,
    headers: { "content-type": "application/json", authorization: `Bearer ${await token(ctx)}` },
    body: JSON.stringify(body)
  });
  if (!res.ok) throw new Error(`Tanager API ${res.status}`);
  const text = (await res.json()).choices?.[0]?.text ?? "";
  if (cache.size > 200) cache.delete(cache.keys().next().value);
  cache.set(key, text);
  return text;
}
function callbackUri() {
  return vscode2.Uri.parse(`${vscode2.env.uriScheme}://tanager.tanager-vscode/auth-complete`);
}

// src/extension.ts
var SETTINGS = {
  1: { debounceMs: 150, maxTokens: 256, contextLines: 400, chat: true },
  2: { debounceMs: 900, maxTokens: 24, contextLines: 40, chat: false }
};
var delay = (ms, token2) => new Promise((resolve) => {
  const t = setTimeout(() => resolve(true), ms);
  token2.onCancellationRequested(() => (clearTimeout(t), resolve(false)));
});
function activate(context) {
  const knobs = () => SETTINGS[hostProfile(context).tier] ?? SETTINGS[1];
  const provider = {
    async provideInlineCompletionItems(document, position, _ctx, cancel) {
      const k = knobs();
      if (!await delay(k.debounceMs, cancel)) return [];
      const start = Math.max(0, position.line - k.contextLines);
      const prefix = document.getText(new vscode3.Range(start, 0, position.line, position.character));
      const suffix = document.getText(new vscode3.Range(position, document.lineAt(Math.min(document.lineCount - 1, position.line + 20)).range.end));
      const ac = new AbortController();
      cancel.onCancellationRequested(() => ac.abort());
      try {
        const text = await complete(context, { model: "tanager-fim-3", prompt: prefix, suffix, max_tokens: k.maxTokens, language: document.languageId }, ac.signal);
        return text ? [new vscode3.InlineCompletionItem(text, new vscode3.Range(position, position))] : [];
      } catch {
        return [];
      }
    }
  };
  context.subscriptions.push(vscode3.languages.registerInlineCompletionItemProvider({ pattern: "**" }, provider));
  const participant = vscode3.chat.createChatParticipant("tanager.chat", async (request, _chatCtx, stream, cancel) => {
    if (!knobs().chat) {
      stream.markdown("Tanager Chat is temporarily unavailable. Please try again later.");
      return {};
    }
    const ac = new AbortController();
    cancel.onCancellationRequested(() => ac.abort());
    const text = await complete(context, { model: "tanager-chat-3", prompt: request.prompt, max_tokens: 2048 }, ac.signal);
    stream.markdown(text);
    return {};
  });
  context.subscriptions.push(participant);
  context.subscriptions.push(vscode3.commands.registerCommand("tanager.signIn", async () => {
    const redirect = await vscode3.env.asExternalUri(callbackUri());
    await vscode3.env.openExternal(vscode3.Uri.parse(`https://tanager.ai/login?redirect_uri=${encodeURIComponent(redirect.toString())}`));
  }));
  context.subscriptions.push(vscode3.window.registerUriHandler({
    async handleUri(uri) {
      const t = new URLSearchParams(uri.query).get("token");
      if (uri.path === "/auth-complete" && t) {
        await context.secrets.store("tanager.token", t);
        void vscode3.window.showInformationMessage("Signed in to Tanager.");
      }
    }
  }));
}
function deactivate() {
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  activate,
  deactivate
});
