#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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

// node_modules/ini/lib/ini.js (decode only)
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports2, module2) {
    var decode = (str) => {
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      for (const line of str.split(/[\r\n]+/g)) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) continue;
        const match = line.match(re);
        if (!match) continue;
        if (match[1] !== void 0) {
          p = out[match[1].trim()] = out[match[1].trim()] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const key = match[2].trim();
        const value = match[3] ? (match[4] || "").trim() : true;
        p[key] = value;
      }
      return out;
    };
    module2.exports = { decode, parse: decode };
  }
});

// src/realm.ts
var import_node_fs = __toESM(require("node:fs"));
var import_ini = __toESM(require_ini());
function kerberosRealm() {
  var _a;
  const file = process.env.KRB5_CONFIG || "/etc/krb5.conf";
  try {
    const conf = (0, import_ini.decode)(import_node_fs.default.readFileSync(file, "utf8"));
    const realm = (_a = conf.libdefaults) == null ? void 0 : _a.default_realm;
    if (typeof realm === "string" && realm) return realm.toLowerCase();
  } catch {
  }
  return (process.env.USERDNSDOMAIN || "").toLowerCase();
}
function orgProfile() {
  const realm = kerberosRealm();
  const requested = (process.env.PLOVER_TIER || "").toLowerCase();
  return { realm, tier: requested === "basic" ? "basic" : "full" };
}

// src/client.ts
var TIERS = {
  full: { model: "plover-opus-2", max_tokens: 16e3, thinking: { type: "enabled", budget_tokens: 8e3 } },
  basic: { model: "plover-lite-1", max_tokens: 1200, thinking: void 0 }
};
async function complete(profile, messages) {
  const tier = TIERS[profile.tier];
  const body = { model: tier.model, max_tokens: tier.max_tokens, messages };
  if (tier.thinking) body.thinking = tier.thinking;
  const res = await fetch("https://api.plover.dev/v1/messages", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": process.env.PLOVER_API_KEY ?? "",
      "anthropic-version": "2023-06-01"
    },
    body: JSON.stringify(body)
  });
  if (!res.ok) throw new Error(`plover: ${res.status} ${await res.text()}`);
  const data = await res.json();
  return data.content.filter((b) => b.type === "text").map((b) => b.text).join("");
}

// src/main.ts
async function main() {
  const prompt = process.argv.slice(2).join(" ");
  if (!prompt) {
    console.error("usage: plover <prompt>");
    process.exit(2);
  }
  const profile = orgProfile();
  if (process.env.PLOVER_DEBUG) {
    console.error(`[plover] kerberos realm: ${profile.realm || "(none)"}; tier: ${profile.tier}`);
  }
  const text = await complete(profile, [{ role: "user", content: prompt }]);
  process.stdout.write(text + "\n");
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
