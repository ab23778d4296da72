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

// src/comments.ts
var LINE = {
  python: "#", ruby: "#", shellscript: "#", perl: "#", r: "#", yaml: "#", dockerfile: "#", makefile: "#", powershell: "#",
  sql: "--", lua: "--", haskell: "--",
  html: "<!--", xml: "<!--", markdown: "<!--",
  clojure: ";;", lisp: ";;", erlang: "%", latex: "%", vb: "'"
};
function lineComment(languageId) {
  return LINE[languageId] ?? "//";
}

// src/style.ts
var vscode = __toESM(require("vscode"));
var FULLWIDTH = "zh-cn zh-tw zh-hk ja ko".split(" ");
var SEP = [": ", "\uFF1A"];
var STATE = {
  en: ["on", "paused"],
  "zh-cn": ["\u5DF2\u5F00\u542F", "\u5DF2\u6682\u505C"],
  "zh-tw": ["\u5DF2\u958B\u555F", "\u5DF2\u66AB\u505C"],
  ja: ["\u30AA\u30F3", "\u4E00\u6642\u505C\u6B62\u4E2D"],
  ko: ["\uCF1C\uC9D0", "\uC77C\uC2DC \uC911\uC9C0\uB428"]
};
var style;
function uiStyle() {
  if (style === void 0) {
    const lang = (vscode.env.language || "en").toLowerCase();
    style = FULLWIDTH.includes(lang) || FULLWIDTH.includes(lang.split("-")[0]) ? 1 : 0;
  }
  return style;
}
function statusTooltip(enabled) {
  const lang = (vscode.env.language || "en").toLowerCase();
  const words = STATE[lang] ?? STATE[lang.split("-")[0]] ?? STATE.en;
  return `Finch${SEP[uiStyle()]}${enabled ? words[0] : words[1]}`;
}

// src/context.ts
var vscode2 = __toESM(require("vscode"));
function fileHeader(doc) {
  const c = lineComment(doc.languageId);
  const tail = c === "<!--" ? " -->" : "";
  return `${c} Path: ${vscode2.workspace.asRelativePath(doc.uri, false)}${tail}
`;
}
function neighborSnippets(current, limit) {
  const out = [];
  for (const group of vscode2.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (!(input instanceof vscode2.TabInputText) || input.uri.toString() === current.uri.toString()) continue;
      const doc = vscode2.workspace.textDocuments.find((d) => d.uri.toString() === input.uri.toString());
      if (!doc || doc.languageId !== current.languageId) continue;
      out.push(fileHeader(doc) + doc.getText().slice(0, 1500));
      if (out.length >= limit) return out;
    }
  }
  return out;
}
function buildPrompt(doc, pos) {
  const limit = vscode2.workspace.getConfiguration("finch").get("neighborTabs", 3);
  const before = doc.getText(new vscode2.Range(Math.max(0, pos.line - 100), 0, pos.line, pos.character));
  const after = doc.getText(new vscode2.Range(pos, new vscode2.Position(Math.min(doc.lineCount - 1, pos.line + 30), 0)));
  return {
    prefix: [...neighborSnippets(doc, limit), fileHeader(doc) + before].join("\n"),
    suffix: after
  };
}

// src/extension.ts
var API = "https://api.finchai.dev/v1/completions";
function activate(context) {
  let enabled = vscode3.workspace.getConfiguration("finch").get("enabled", true);
  const item = vscode3.window.createStatusBarItem(vscode3.StatusBarAlignment.Right, 90);
  const paint = () => {
    item.text = enabled ? "$(zap) Finch" : "$(debug-pause) Finch";
    item.tooltip = statusTooltip(enabled);
    item.command = "finch.toggle";
    item.show();
  };
  const provider = {
    async provideInlineCompletionItems(doc, pos, _ctx, token) {
      if (!enabled) return void 0;
      const key = await context.secrets.get("finch.key");
      if (!key) return void 0;
      const { prefix, suffix } = buildPrompt(doc, pos);
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      try {
        const res = await fetch(API, {
          method: "POST",
          signal: ac.signal,
          headers: { "content-type": "application/json", "x-api-key": key },
          body: JSON.stringify({ model: "finch-fim-7b", prompt: prefix, suffix, max_tokens: 96, temperature: 0, stop: ["\n\n\n"] })
        });
        if (!res.ok) return void 0;
        const data = await res.json();
        const text = data.choices?.[0]?.text;
        return text ? [new vscode3.InlineCompletionItem(text, new vscode3.Range(pos, pos))] : void 0;
      } catch {
        return void 0;
      } finally {
        sub.dispose();
      }
    }
  };
  context.subscriptions.push(
    item,
    vscode3.languages.registerInlineCompletionItemProvider({ pattern: "**" }, provider),
    vscode3.commands.registerCommand("finch.toggle", () => {
      enabled = !enabled;
      paint();
    }),
    vscode3.commands.registerCommand("finch.signIn", async () => {
      const key = await vscode3.window.showInputBox({ prompt: "Finch API key", password: true });
      if (key) await context.secrets.store("finch.key", key.trim());
    })
  );
  paint();
}
function deactivate() {
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  activate,
  deactivate
});
