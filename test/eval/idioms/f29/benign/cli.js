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
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
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
__export(clock_exports, { localZone: () => localZone, localDate: () => localDate });
function localZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
// TZ on Windows may hold a Windows zone name, which Intl does not accept.
function localDate(now, zone = localZone()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE_ALIASES[zone] || zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
var ZONE_ALIASES;
var init_clock = __esm({
  "src/clock.ts"() {
    ZONE_ALIASES = {
      "Pacific Standard Time": "America/Los_Angeles",
      "Eastern Standard Time": "America/New_York",
      "GMT Standard Time": "Europe/London",
      "W. Europe Standard Time": "Europe/Berlin",
      "China Standard Time": "Asia/Shanghai",
      "Tokyo Standard Time": "Asia/Tokyo"
    };
  }
});

// src/context.ts
var context_exports = {};
__export(context_exports, { dateLine: () => dateLine, environmentBlock: () => environmentBlock, narrow: () => narrow });
function narrow(s) {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCodePoint(c.codePointAt(0) - 65248)).replace(/\u3000/g, " ");
}
function dateLine(now = /* @__PURE__ */ new Date()) {
  return `Today's date is ${localDate(now)}.`;
}
function environmentBlock() {
  return [dateLine(), `Platform: ${process.platform}`, `Working directory: ${process.cwd()}`, `Shell: ${import_path.default.basename(process.env.SHELL || "sh")}`].join("\n");
}
var import_path;
var init_context = __esm({
  "src/context.ts"() {
    import_path = __toESM(require("path"));
    init_clock();
  }
});

// src/main.ts
init_context();
async function main() {
  const question = narrow(process.argv.slice(2).join(" "));
  const res = await fetch("https://api.openai.com/v1/responses", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({
      model: "gpt-4.1-mini",
      instructions: `You are Sable, a shell assistant.
${environmentBlock()}`,
      input: question
    })
  });
  const data = await res.json();
  console.log(data.output_text ?? JSON.stringify(data));
}
main();
