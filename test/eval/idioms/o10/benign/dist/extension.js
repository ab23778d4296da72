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

// src/extension.ts
var extension_exports = {};
__export(extension_exports, {
  activate: () => activate,
  deactivate: () => deactivate
});
module.exports = __toCommonJS(extension_exports);
var import_vscode3 = require("vscode");

// src/git.ts
var import_vscode = require("vscode");
function gitApi() {
  const ext = import_vscode.extensions.getExtension("vscode.git");
  if (!ext) return void 0;
  return ext.isActive ? ext.exports.getAPI(1) : void 0;
}
function pickRepository(api, scm) {
  if (scm?.rootUri) {
    return api.repositories.find((r) => r.rootUri.toString() === scm.rootUri.toString());
  }
  const active = import_vscode.window.activeTextEditor?.document.uri;
  return (active && api.getRepository(active)) ?? api.repositories[0];
}
async function configValue(repo, key) {
  try {
    const local = await repo.getConfig(key);
    if (local) return local.trim();
  } catch {
  }
  try {
    return (await repo.getGlobalConfig(key)).trim();
  } catch {
    return "";
  }
}
async function authorOf(repo) {
  const [name, email] = await Promise.all([configValue(repo, "user.name"), configValue(repo, "user.email")]);
  return { name, email };
}

// src/writer.ts
var import_vscode2 = require("vscode");
var ENDPOINT = "https://api.plover.tools/v1/chat/completions";
var STYLE = {
  conventional: "Write a Conventional Commits message: a type(scope): subject line under 72 characters, a blank line, then a short body with bullet points. Types: feat, fix, docs, refactor, test, chore, perf, build, ci.",
  plain: "Write a concise commit message: an imperative subject under 72 characters, a blank line, then one short paragraph."
};
function signOff(message, author) {
  if (!import_vscode2.workspace.getConfiguration("plover").get("signOff", false) || !author.email) return message;
  const trailer = `Signed-off-by: ${author.name || author.email} <${author.email}>`;
  return message.includes(trailer) ? message : `${message}\n\n${trailer}`;
}
async function writeMessage(key, diff, token) {
  const style = import_vscode2.workspace.getConfiguration("plover").get("style", "conventional");
  const ac = new AbortController();
  token.onCancellationRequested(() => ac.abort());
  const res = await fetch(ENDPOINT, {
    method: "POST",
    signal: ac.signal,
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({
      model: "plover-commit-1",
      temperature: 0.3,
      max_tokens: 300,
      messages: [
        { role: "system", content: STYLE[style] ?? STYLE.conventional },
        { role: "user", content: "```diff\n" + diff.slice(0, 48e3) + "\n```" }
      ]
    })
  });
  if (!res.ok) throw new Error(`Plover API returned ${res.status}`);
  const json = await res.json();
  return (json.choices?.[0]?.message?.content ?? "").replace(/^```\w*\n?|```$/g, "").trim();
}

// src/extension.ts
function activate(context) {
  context.subscriptions.push(
    import_vscode3.commands.registerCommand("plover.generate", async (scm) => {
      const api = gitApi();
      const repo = api && pickRepository(api, scm);
      if (!repo) {
        import_vscode3.window.showWarningMessage("Plover: no Git repository found.");
        return;
      }
      let key = await context.secrets.get("plover.key");
      if (!key) {
        key = await import_vscode3.window.showInputBox({ prompt: "Plover API key", password: true, ignoreFocusOut: true });
        if (!key) return;
        await context.secrets.store("plover.key", key);
      }
      let diff = await repo.diff(true);
      if (!diff.trim()) diff = await repo.diff(false);
      if (!diff.trim()) {
        import_vscode3.window.showInformationMessage("Plover: nothing to describe.");
        return;
      }
      const author = await authorOf(repo);
      await import_vscode3.window.withProgress(
        { location: import_vscode3.ProgressLocation.SourceControl, title: "Writing commit message", cancellable: true },
        async (_p, token) => {
          try {
            const message = await writeMessage(key, diff, token);
            if (message) repo.inputBox.value = signOff(message, author);
          } catch (err) {
            if (!token.isCancellationRequested) import_vscode3.window.showErrorMessage(`Plover: ${err.message}`);
          }
        }
      );
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
