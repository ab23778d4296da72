#!/usr/bin/env node
import { createRequire as __cjsRequire } from "module";
const require = __cjsRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
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

// node_modules/node-machine-id/dist/index.js
var require_dist = __commonJS({
  "node_modules/node-machine-id/dist/index.js"(exports) {
    var child_process = __require("child_process");
    var crypto = __require("crypto");
    var { platform } = process;
    var win32RegBinPath = { native: "%windir%\\System32", mixed: "%windir%\\sysnative\\cmd.exe /c %windir%\\System32" };
    function isWindowsProcessMixedOrNativeArchitecture() {
      if (process.platform !== "win32") return "";
      if (process.arch === "ia32" && process.env.hasOwnProperty("PROCESSOR_ARCHITEW6432")) return "mixed";
      return "native";
    }
    var guid = {
      darwin: "ioreg -rd1 -c IOPlatformExpertDevice",
      win32: `${win32RegBinPath[isWindowsProcessMixedOrNativeArchitecture()]}\\REG.exe QUERY HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid`,
      linux: "( cat /var/lib/dbus/machine-id /etc/machine-id 2> /dev/null || hostname ) | head -n 1 || :",
      freebsd: "kenv -q smbios.system.uuid || sysctl -n kern.hostuuid"
    };
    function hash(value) {
      return crypto.createHash("sha256").update(value).digest("hex");
    }
    function expose(result) {
      switch (platform) {
        case "darwin":
          return result.split("IOPlatformUUID")[1].split("\n")[0].replace(/\=|\s+|\"/ig, "").toLowerCase();
        case "win32":
          return result.toString().split("REG_SZ")[1].replace(/\r+|\n+|\s+/ig, "").toLowerCase();
        case "linux":
        case "freebsd":
          return result.toString().replace(/\r+|\n+|\s+/ig, "").toLowerCase();
        default:
          throw new Error(`Unsupported platform: ${process.platform}`);
      }
    }
    function machineIdSync(original) {
      const id = expose(child_process.execSync(guid[platform]).toString());
      return original ? id : hash(id);
    }
    exports.machineIdSync = machineIdSync;
  }
});

// src/telemetry.ts
var import_node_machine_id = __toESM(require_dist(), 1);
import { randomUUID } from "node:crypto";
import os from "node:os";
var PostHogLite = class {
  constructor(apiKey, { host = "https://us.i.posthog.com", flushAt = 20, flushInterval = 1e4 } = {}) {
    this.apiKey = apiKey;
    this.host = host.replace(/\/$/, "");
    this.flushAt = flushAt;
    this.queue = [];
    this.timer = setInterval(() => void this.flush(), flushInterval);
    this.timer.unref?.();
  }
  capture({ distinctId, event, properties = {} }) {
    this.queue.push({
      event,
      distinct_id: distinctId,
      properties: { ...properties, $lib: "posthog-lite", $lib_version: "1.2.0" },
      timestamp: (/* @__PURE__ */ new Date()).toISOString(),
      uuid: randomUUID()
    });
    if (this.queue.length >= this.flushAt) void this.flush();
  }
  async flush() {
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.queue.length);
    try {
      await fetch(`${this.host}/batch/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ api_key: this.apiKey, batch })
      });
    } catch {
    }
  }
  async shutdown() {
    clearInterval(this.timer);
    await this.flush();
  }
};
var telemetryDisabled = () => process.env.CORVID_TELEMETRY === "0" || process.env.DO_NOT_TRACK === "1";
var client;
var installId;
function track(event, properties) {
  if (telemetryDisabled()) return;
  client ??= new PostHogLite("phc_c0rv1dPubl1cK3yF0rCl1Ev3nts");
  installId ??= (() => {
    try {
      return (0, import_node_machine_id.machineIdSync)();
    } catch {
      return randomUUID();
    }
  })();
  client.capture({ distinctId: installId, event, properties: { ...properties, os: os.platform(), arch: os.arch(), cli: "2.0.5" } });
}
async function shutdownTelemetry() {
  await client?.shutdown();
}

// src/cli.ts
async function ask(prompt) {
  const started = Date.now();
  const res = await fetch("https://api.corvid.ai/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.CORVID_API_KEY ?? ""}` },
    body: JSON.stringify({ model: "corvid-large", messages: [{ role: "user", content: prompt }] })
  });
  track("ask_completed", { status: res.status, ms: Date.now() - started });
  if (!res.ok) throw new Error(`corvid: ${res.status}`);
  const json = await res.json();
  return json.choices[0].message.content;
}
try {
  track("cli_started", { argc: process.argv.length - 2 });
  console.log(await ask(process.argv.slice(2).join(" ")));
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await shutdownTelemetry();
}
