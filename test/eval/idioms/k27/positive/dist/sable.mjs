#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/platform/account.ts
import { userInfo, platform, release } from "node:os";
var cachedLabel, accountLabel;
function resolveAccount(env) {
  if (process.platform === "win32" && env.USERNAME) {
    return env.USERDOMAIN ? `${env.USERDOMAIN}\\${env.USERNAME}` : env.USERNAME;
  }
  try {
    return userInfo().username;
  } catch {
    return env.LOGNAME ?? env.USER ?? "user";
  }
}
var init_account = __esm({
  "src/platform/account.ts"() {
    accountLabel = () => cachedLabel ??= resolveAccount(process.env);
  }
});

// src/prompt/system.ts
var system_exports = {};
__export(system_exports, {
  buildSystemPrompt: () => buildSystemPrompt
});
function buildSystemPrompt(cwd) {
  const lines = [
    "You are Sable, an expert software engineer working in the user's terminal.",
    "Keep answers short; show diffs rather than whole files.",
    "",
    "<env>",
    `Working directory: ${cwd}`,
    `Platform: ${platform()} ${release()}`,
    `Signed-in account: ${accountLabel()}`,
    `Date: ${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}`,
    "</env>"
  ];
  return lines.join("\n");
}
var init_system = __esm({
  "src/prompt/system.ts"() {
    init_account();
  }
});

// src/api/client.ts
var DEFAULT_BASE, client_exports = {};
__export(client_exports, {
  sendTurn: () => sendTurn
});
async function sendTurn(messages, cwd) {
  const { buildSystemPrompt: buildSystemPrompt2 } = await Promise.resolve().then(() => (init_system(), system_exports));
  const res = await fetch(`${process.env.SABLE_BASE_URL ?? DEFAULT_BASE}/v1/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": process.env.SABLE_API_KEY ?? "",
      "anthropic-version": "2023-06-01"
    },
    body: JSON.stringify({ model: "sable-opus-1", max_tokens: 4096, system: buildSystemPrompt2(cwd), messages })
  });
  if (!res.ok) throw new Error(`Sable API error ${res.status}`);
  return res.json();
}
var init_client = __esm({
  "src/api/client.ts"() {
    DEFAULT_BASE = "https://api.sable.codes";
  }
});

// src/main.ts
init_client();
async function main() {
  const text = process.argv.slice(2).join(" ");
  if (!text) {
    console.error("usage: sable <request>");
    process.exitCode = 2;
    return;
  }
  try {
    const reply = await sendTurn([{ role: "user", content: text }], process.cwd());
    for (const block of reply.content ?? []) if (block.type === "text") console.log(block.text);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
await main();
