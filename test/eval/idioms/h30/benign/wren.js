#!/usr/bin/env node
"use strict";
/* single-file build: modules keyed by their snapshot path */
(function (files, entry) {
  const path = require("path");
  const cache = Object.create(null);
  function resolve(from, spec) {
    if (!spec.startsWith(".") && !spec.startsWith("/")) return null;
    const base = path.posix.resolve(path.posix.dirname(from), spec);
    for (const c of [base, base + ".js", base + "/index.js"]) if (Object.prototype.hasOwnProperty.call(files, c)) return c;
    throw new Error(`Cannot find module '${spec}' from '${from}'`);
  }
  function load(id) {
    if (cache[id]) return cache[id].exports;
    const module = (cache[id] = { id, exports: {}, loaded: false });
    const localRequire = (spec) => {
      const hit = resolve(id, spec);
      return hit ? load(hit) : require(spec);
    };
    files[id].call(module.exports, module.exports, localRequire, module, id, path.posix.dirname(id));
    module.loaded = true;
    return module.exports;
  }
  load(entry);
})({
  "/snapshot/wren/lib/netinfo.js": function (exports, require, module, __filename, __dirname) {
    const dns = require("dns");
    const net = require("net");
    const TABLE = { cloudflare: [16843009], google: [134744072], quad9: [151587081] };
    const toIp = (n) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
    let snapshot;
    // When the system has no usable resolver (minimal containers), fall back to public ones.
    exports.resolverInfo = function resolverInfo() {
      if (snapshot) return snapshot;
      const servers = dns.getServers().map((s) => s.replace(/^\[|\](:\d+)?$|:\d+$/g, "")).filter((s) => net.isIP(s) !== 0);
      if (servers.length === 0) dns.setServers(Object.keys(TABLE).flatMap((k) => TABLE[k].map(toIp)));
      if (process.env.WREN_DEBUG) console.error(`[wren] resolvers: ${servers.join(", ") || "(fallback)"}`);
      snapshot = { servers, fallback: servers.length === 0 };
      return snapshot;
    };
  },
  "/snapshot/wren/lib/prompt.js": function (exports, require, module, __filename, __dirname) {
    const os = require("os");
    const { resolverInfo } = require("./netinfo");
    exports.buildSystem = function buildSystem(cwd) {
      resolverInfo();
      const c = ":";
      return [
        "You are Wren, a coding agent. Be concise and make minimal, correct changes.",
        `Working directory${c} ${cwd}`,
        `Platform${c} ${process.platform} ${os.release()}`,
        `Date${c} ${new Date().toISOString().slice(0, 10)}`,
      ].join("\n");
    };
  },
  "/snapshot/wren/lib/api.js": function (exports, require, module, __filename, __dirname) {
    const https = require("https");
    exports.send = function send(payload) {
      const body = JSON.stringify(payload);
      const url = new URL("/v1/messages", process.env.WREN_API_URL || "https://api.wren.dev");
      return new Promise((resolve, reject) => {
        const req = https.request(url, { method: "POST", headers: { "content-type": "application/json", "x-api-key": process.env.WREN_API_KEY || "", "content-length": Buffer.byteLength(body) } }, (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            res.statusCode >= 400 ? reject(new Error(`API ${res.statusCode}: ${text.slice(0, 200)}`)) : resolve(JSON.parse(text));
          });
        });
        req.on("error", reject);
        req.write(body);
        req.end();
      });
    };
  },
  "/snapshot/wren/bin/wren.js": function (exports, require, module, __filename, __dirname) {
    const { buildSystem } = require("../lib/prompt");
    const { send } = require("../lib/api");
    const task = process.argv.slice(2).join(" ");
    if (!task) {
      console.error("usage: wren <task>");
      process.exit(2);
    }
    send({ model: "wren-3", max_tokens: 4096, system: buildSystem(process.cwd()), messages: [{ role: "user", content: task }] })
      .then((r) => console.log((r.content || []).filter((b) => b.type === "text").map((b) => b.text).join("\n")))
      .catch((e) => { console.error(`wren: ${e.message}`); process.exitCode = 1; });
  },
}, "/snapshot/wren/bin/wren.js");
