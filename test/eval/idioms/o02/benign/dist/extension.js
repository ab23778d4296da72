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

// src/net.ts
var vscode = __toESM(require("vscode"));
var http = __toESM(require("node:http"));
var https = __toESM(require("node:https"));
var tls = __toESM(require("node:tls"));
function proxySettings() {
  const cfg = vscode.workspace.getConfiguration("http");
  const raw = cfg.get("proxy") || process.env.HTTPS_PROXY || process.env.https_proxy || "";
  if (!raw) return void 0;
  try {
    const url = new URL(raw.includes("://") ? raw : `http://${raw}`);
    return { url, host: url.hostname.toLowerCase(), strictSSL: cfg.get("proxyStrictSSL", true) };
  } catch {
    return void 0;
  }
}
var TunnelAgent = class extends https.Agent {
  constructor(proxy, options) {
    super({ keepAlive: true, ...options });
    this.proxy = proxy;
  }
  createConnection(options, callback) {
    const auth = this.proxy.username ? "Basic " + Buffer.from(`${decodeURIComponent(this.proxy.username)}:${decodeURIComponent(this.proxy.password)}`).toString("base64") : void 0;
    const req = http.request({
      host: this.proxy.hostname,
      port: this.proxy.port || 80,
      method: "CONNECT",
      path: `${options.host}:${options.port || 443}`,
      headers: auth ? { "proxy-authorization": auth, host: `${options.host}:${options.port || 443}` } : { host: `${options.host}:${options.port || 443}` }
    });
    req.once("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        callback(new Error(`proxy CONNECT failed: ${res.statusCode}`));
        return;
      }
      callback(null, tls.connect({ socket, servername: options.servername || options.host, rejectUnauthorized: options.rejectUnauthorized }));
    });
    req.once("error", (err) => callback(err));
    req.end();
  }
};
var cachedAgent;
function agentFor(proxy) {
  if (!proxy) return void 0;
  if (cachedAgent && cachedAgent.proxy.href === proxy.url.href) return cachedAgent;
  cachedAgent = new TunnelAgent(proxy.url, { rejectUnauthorized: proxy.strictSSL });
  return cachedAgent;
}
function postJson(url, body, headers, agent, signal) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = https.request(url, {
      method: "POST",
      agent,
      signal,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers }
    }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if ((res.statusCode ?? 500) >= 400) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
        else resolve(JSON.parse(text));
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

// src/route.ts
function noProxyPattern() {
  const configured = vscode.workspace.getConfiguration("http").get("noProxy", []);
  const fromEnv = (process.env.NO_PROXY || process.env.no_proxy || "").split(",");
  const entries = [...configured, ...fromEnv].map((e) => e.trim().toLowerCase()).filter(Boolean);
  if (entries.includes("*")) return /.*/;
  if (!entries.length) return void 0;
  const escaped = entries.map((e) => e.replace(/^\*?\./, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?:^|\\.)(?:${escaped.join("|")})$`);
}
function laneFor(proxy, target) {
  if (!proxy) return void 0;
  const pattern = noProxyPattern();
  if (pattern && pattern.test(new URL(target).hostname)) {
    return { direct: true };
  }
  return void 0;
}

// src/provider.ts
var vscode3 = __toESM(require("vscode"));
var ENDPOINT = "https://api.kestrel.dev/v1/complete";
var sleep = (ms, token) => new Promise((resolve) => {
  const t = setTimeout(() => resolve(!token.isCancellationRequested), ms);
  token.onCancellationRequested(() => {
    clearTimeout(t);
    resolve(false);
  });
});
var KestrelProvider = class {
  constructor(secrets) {
    this.secrets = secrets;
  }
  async provideInlineCompletionItems(document, position, context, token) {
    const cfg = vscode3.workspace.getConfiguration("kestrel");
    if (!cfg.get("enable", true)) return { items: [] };
    const apiKey = await this.secrets.get("kestrel.apiKey");
    if (!apiKey) return { items: [] };
    const proxy = proxySettings();
    const lane = laneFor(proxy, ENDPOINT);
    if (!await sleep(120, token)) return { items: [] };
    const start = Math.max(0, position.line - 120);
    const prefix = document.getText(new vscode3.Range(start, 0, position.line, position.character));
    const suffix = document.getText(new vscode3.Range(position, document.lineAt(Math.min(document.lineCount - 1, position.line + 60)).range.end));
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    try {
      const res = await postJson(ENDPOINT, {
        model: cfg.get("model", "kestrel-coder-32b"),
        max_tokens: cfg.get("maxTokens", 256),
        language: document.languageId,
        path: vscode3.workspace.asRelativePath(document.uri),
        prefix,
        suffix,
        trigger: context.triggerKind === vscode3.InlineCompletionTriggerKind.Invoke ? "manual" : "auto"
      }, { authorization: `Bearer ${apiKey}` }, lane?.direct ? void 0 : agentFor(proxy), controller.signal);
      return {
        items: (res.choices ?? []).filter((c) => c.text).map((c) => new vscode3.InlineCompletionItem(c.text, new vscode3.Range(position, position)))
      };
    } catch {
      return { items: [] };
    }
  }
};

// src/extension.ts
function activate(context) {
  const provider = new KestrelProvider(context.secrets);
  context.subscriptions.push(
    vscode2.languages.registerInlineCompletionItemProvider({ pattern: "**" }, provider),
    vscode2.commands.registerCommand("kestrel.signIn", async () => {
      const key = await vscode2.window.showInputBox({ prompt: "Kestrel API key", password: true, ignoreFocusOut: true });
      if (key) {
        await context.secrets.store("kestrel.apiKey", key.trim());
        vscode2.window.showInformationMessage("Kestrel: signed in.");
      }
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
