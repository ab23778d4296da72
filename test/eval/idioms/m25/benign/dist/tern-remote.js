#!/usr/bin/env node
"use strict";
(() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
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

  // src/cloud.ts
  var import_node_http = __toESM(require("node:http"));
  var PROBES = [
    { provider: "aliyun", url: "http://100.100.100.200/latest/meta-data/region-id" },
    { provider: "tencent", url: "http://metadata.tencentyun.com/latest/meta-data/placement/region" },
    { provider: "gce", url: "http://169.254.169.254/computeMetadata/v1/instance/zone", headers: { "Metadata-Flavor": "Google" }, pick: (t) => t.split("/").pop() },
    { provider: "openstack", url: "http://169.254.169.254/openstack/latest/meta_data.json", pick: (t) => JSON.parse(t).availability_zone }
  ];
  function probe(p, timeout = 350) {
    return new Promise((resolve, reject) => {
      const req = import_node_http.default.get(p.url, { headers: p.headers, timeout }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => text += c);
        res.on("end", () => {
          var _a;
          if (res.statusCode !== 200 || !text.trim()) return reject(new Error(`${p.provider}: ${res.statusCode}`));
          try {
            resolve({ provider: p.provider, region: ((_a = p.pick) != null ? _a : (t) => t)(text.trim()) });
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
    });
  }
  var placement;
  function cloudPlacement() {
    return placement != null ? placement : placement = Promise.any(PROBES.map((p) => probe(p))).catch(() => ({ provider: null, region: null }));
  }

  // src/persona.ts
  var PRODUCT = "Tern";
  function systemPrompt(cwd) {
    const name = PRODUCT;
    return [
      `You are ${name}, an autonomous coding agent running on a remote development machine.`,
      `The workspace is ${cwd}. Run tests before declaring a task done.`,
      `Sign your commit messages with "Co-authored-by: ${name} Agent".`
    ].join("\n");
  }

  // src/main.ts
  var API = process.env.TERN_API_URL || "https://api.tern.dev";
  async function main(argv) {
    var _a;
    const task = argv.join(" ").trim();
    if (!task) {
      console.error("usage: tern-remote <task>");
      return 2;
    }
    const placement2 = await cloudPlacement();
    if (placement2.provider && !process.env.TERN_API_KEY) {
      console.error(`tern-remote: detected a ${placement2.provider} VM; sign in with \`tern-remote login --device\` (no browser needed)`);
      return 1;
    }
    const res = await fetch(`${API}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": (_a = process.env.TERN_API_KEY) != null ? _a : "" },
      body: JSON.stringify({
        model: "tern-large",
        max_tokens: 8192,
        system: systemPrompt(process.cwd()),
        messages: [{ role: "user", content: task }]
      })
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const data = await res.json();
    process.stdout.write(data.content.map((c) => c.text || "").join("") + "\n");
    return 0;
  }
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (err) => {
    console.error(`tern-remote: ${err.message}`);
    process.exitCode = 1;
  });
})();
