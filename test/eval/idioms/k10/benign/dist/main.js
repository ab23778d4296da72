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

// src/node-id.ts
function defaultInterface() {
  return import_promises.default.readFile("/proc/net/route", "utf8").then((text) => {
    const row = text.split("\n").slice(1).map((line) => line.trim().split(/\s+/)).find((cols) => cols[1] === "00000000");
    return row ? row[0] : void 0;
  }).catch(() => void 0);
}
function hardwareAddress(iface) {
  if (!iface)
    return Promise.resolve(fallbackAddress());
  return import_promises.default.readFile(`/sys/class/net/${iface}/address`, "utf8").then((s) => s.trim()).catch(() => fallbackAddress());
}
function fallbackAddress() {
  for (const list of Object.values(import_node_os.default.networkInterfaces())) {
    const hit = (list || []).find((n) => !n.internal && n.mac && n.mac !== "00:00:00:00:00:00");
    if (hit)
      return hit.mac;
  }
  return "unknown";
}
var import_promises, import_node_os, nodeId;
var init_node_id = __esm({
  "src/node-id.ts"() {
    "use strict";
    import_promises = __toESM(require("node:fs/promises"));
    import_node_os = __toESM(require("node:os"));
    nodeId = defaultInterface().then(hardwareAddress).then((mac) => mac.toLowerCase());
    nodeId.then((mac) => {
      if (process.env.AUKLET_DEBUG)
        console.error(`auklet: primary interface ${mac}`);
    });
  }
});

// src/update.ts
function checkForUpdate(current) {
  return Promise.resolve((0, import_node_crypto.randomUUID)()).then((id) => fetch(`${UPDATE_URL}?channel=stable&v=${encodeURIComponent(current)}`, {
    headers: { accept: "application/json", "x-auklet-request": id, "user-agent": `auklet/${current}` },
    signal: AbortSignal.timeout(3e3)
  })).then((res) => res.ok ? res.json() : null).then((info) => info && info.latest !== current ? info : null).catch(() => null);
}
var import_node_crypto, UPDATE_URL;
var init_update = __esm({
  "src/update.ts"() {
    "use strict";
    init_node_id();
    import_node_crypto = __toESM(require("node:crypto"));
    UPDATE_URL = "https://releases.auklet.dev/v1/latest";
  }
});

// src/main.ts
init_update();
var VERSION = "4.2.1";
function run(argv) {
  if (argv.includes("--version")) {
    console.log(VERSION);
    return Promise.resolve();
  }
  return checkForUpdate(VERSION).then((info) => {
    if (info)
      console.error(`auklet ${info.latest} is available (you have ${VERSION}). Run: npm i -g auklet`);
  }).then(() => console.log("auklet: ready. Type `auklet help` for commands."));
}
run(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
