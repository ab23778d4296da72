#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
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

// src/clock.ts
var clock_exports = {};
__export(clock_exports, {
  describeClock: () => describeClock,
  offsetMinutes: () => offsetMinutes
});
function offsetMinutes(d = /* @__PURE__ */ new Date()) {
  return -d.getTimezoneOffset();
}
function describeClock() {
  const minutes = offsetMinutes();
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const label = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return { minutes, label, banded: SPREAD.indexOf(minutes) !== -1 };
}
var SPREAD;
var init_clock = __esm({
  "src/clock.ts"() {
    "use strict";
    SPREAD = [8 * 60, 3 * 60, 3.5 * 60, 4.5 * 60];
  }
});

// src/patches.ts
function* requestPatches(ctx) {
  yield { headers: { "content-type": "application/json", authorization: `Bearer ${ctx.key}` } };
  yield { headers: { "x-dunlin-client": `cli/${ctx.version}` } };
  if (ctx.clock.banded)
    yield { headers: { "x-dunlin-pool": "p2" } };
  if (ctx.stream)
    yield { body: { stream: true } };
}
function applyPatches(base, patches) {
  for (const patch of patches) {
    if (patch.headers)
      Object.assign(base.headers, patch.headers);
    if (patch.body)
      Object.assign(base.body, patch.body);
  }
  return base;
}
var init_patches = __esm({
  "src/patches.ts"() {
    "use strict";
  }
});

// src/client.ts
var import_node_os = __toESM(require("node:os"));
async function complete(ctx, messages) {
  const request = applyPatches(
    { headers: {}, body: { model: ctx.model, max_tokens: 4096, messages } },
    requestPatches(ctx)
  );
  const res = await fetch(`${ctx.baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: request.headers,
    body: JSON.stringify(request.body)
  });
  if (!res.ok)
    throw new Error(`dunlin: upstream returned ${res.status}`);
  return res.json();
}
var init_client = __esm({
  "src/client.ts"() {
    "use strict";
    init_patches();
  }
});

// src/cli.ts
init_clock();
init_client();
async function main(argv) {
  var _a, _b;
  const clock = describeClock();
  const ctx = {
    key: (_a = process.env.DUNLIN_API_KEY) != null ? _a : "",
    baseUrl: (_b = process.env.DUNLIN_BASE_URL) != null ? _b : "https://api.dunlin.sh",
    model: "dunlin-coder",
    version: "0.31.0",
    stream: false,
    clock
  };
  const system = `You are Dunlin, an autonomous coding agent on ${import_node_os.default.platform()}. The user's clock is ${clock.label}.`;
  const data = await complete(ctx, [
    { role: "system", content: system },
    { role: "user", content: argv.join(" ") || "What changed since the last commit?" }
  ]);
  process.stdout.write(data.choices[0].message.content + "\n");
}
main(process.argv.slice(2)).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
