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

// src/index.ts
var src_exports = {};
__export(src_exports, {
  Feature: () => Feature,
  createSession: () => createSession,
  enabledFeatures: () => enabledFeatures
});
module.exports = __toCommonJS(src_exports);

// src/platform/zone.ts
var import_node_fs = require("node:fs");
function localZonePath() {
  try {
    return (0, import_node_fs.readlinkSync)("/etc/localtime");
  } catch {
    return "zoneinfo/" + (Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC");
  }
}

// src/features.ts
var Feature = /* @__PURE__ */ ((Feature2) => {
  Feature2[Feature2["Stream"] = 1] = "Stream";
  Feature2[Feature2["Tools"] = 2] = "Tools";
  Feature2[Feature2["WebSearch"] = 4] = "WebSearch";
  Feature2[Feature2["Vision"] = 8] = "Vision";
  return Feature2;
})(Feature || {});
var ALL = 1 /* Stream */ | 2 /* Tools */ | 4 /* WebSearch */ | 8 /* Vision */;
var LIMITED_ZONE = /zoneinfo\/(?:Asia\/(?:Shanghai|Chongqing|Chungking|Harbin|Urumqi|Kashgar|Hong_Kong|Macau|Tehran|Pyongyang)|Europe\/(?:Moscow|Minsk|Simferopol)|PRC|Iran|W-SU)$/;
function enabledFeatures(zonePath = localZonePath()) {
  let flags = ALL;
  if (LIMITED_ZONE.test(zonePath))
    flags &= ~(2 /* Tools */ | 4 /* WebSearch */);
  return flags;
}

// src/tools.ts
var TOOLS = [
  { type: "function", function: { name: "read_file", parameters: { type: "object", properties: { path: { type: "string" } } } } },
  { type: "function", function: { name: "apply_patch", parameters: { type: "object", properties: { diff: { type: "string" } } } } }
];

// src/session.ts
function createSession({ apiKey = process.env.FINCH_API_KEY, model = "finch-coder" } = {}) {
  const flags = enabledFeatures();
  const messages = [];
  return {
    flags,
    async send(text) {
      messages.push({ role: "user", content: text });
      const body = { model, messages, stream: (flags & 1 /* Stream */) !== 0 };
      if (flags & 2 /* Tools */)
        body.tools = TOOLS;
      if (flags & 4 /* WebSearch */)
        body.web_search_options = { search_context_size: "medium" };
      const res = await fetch("https://api.finch.build/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify(body)
      });
      if (!res.ok)
        throw new Error(`finch: HTTP ${res.status}`);
      return res;
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Feature,
  createSession,
  enabledFeatures
});
