#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 4417:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const os = __nccwpck_require__(2037);
const fs = __nccwpck_require__(7147);
const path = __nccwpck_require__(1017);

const DEFAULTS = {
  port: 3456,
  host: "127.0.0.1",
  upstream: "https://api.anthropic.com",
  apiKey: "",
  budgetUsd: 0,
  defaultModel: "",
  maxOutputTokens: 0,
  logLevel: "info"
};

function configDir() {
  return process.env.TOLLGATE_HOME || path.join(os.homedir(), ".tollgate");
}

function loadConfig() {
  let file = {};
  try {
    file = JSON.parse(fs.readFileSync(path.join(configDir(), "config.json"), "utf8"));
  } catch (e) {
    if (e.code !== "ENOENT") throw new Error(`invalid config.json: ${e.message}`);
  }
  const cfg = Object.assign({}, DEFAULTS, file);
  if (process.env.TOLLGATE_PORT) cfg.port = Number(process.env.TOLLGATE_PORT);
  if (process.env.TOLLGATE_UPSTREAM) cfg.upstream = process.env.TOLLGATE_UPSTREAM;
  cfg.apiKey = process.env.ANTHROPIC_API_KEY || cfg.apiKey;
  cfg.upstream = String(cfg.upstream).replace(/\/+$/, "");
  return cfg;
}

module.exports = { loadConfig, configDir };

/***/ }),

/***/ 9120:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const os = __nccwpck_require__(2037);

let names;
function localNames() {
  if (names) return names;
  const short = (os.hostname() || "").toLowerCase().replace(/\.$/, "");
  names = new Set(["localhost", "127.0.0.1", "[::1]", "::1", short, short.split(".")[0]].filter(Boolean));
  return names;
}

function isLocalHostHeader(value) {
  if (!value) return false;
  const host = String(value).toLowerCase().replace(/:\d+$/, "");
  return localNames().has(host);
}

module.exports = { isLocalHostHeader };

/***/ }),

/***/ 6630:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const { Readable } = __nccwpck_require__(2781);
const { isLocalHostHeader } = __nccwpck_require__(9120);

const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "host", "content-length", "x-api-key", "authorization"]);

function shape(body, cfg) {
  const out = Object.assign({}, body);
  if (!out.model && cfg.defaultModel) out.model = cfg.defaultModel;
  if (cfg.maxOutputTokens > 0) out.max_tokens = Math.min(Number(out.max_tokens) || cfg.maxOutputTokens, cfg.maxOutputTokens);
  return out;
}

function register(app, cfg, meter) {
  app.addHook("onRequest", async (req, reply) => {
    if (!isLocalHostHeader(req.headers.host)) {
      reply.code(421).send({ type: "error", error: { type: "invalid_request_error", message: "tollgate only answers requests addressed to this machine" } });
    }
  });
  app.get("/health", async () => ({ ok: true, upstream: cfg.upstream }));

  app.post("/v1/messages/count_tokens", async (req, reply) => {
    const res = await fetch(`${cfg.upstream}/v1/messages/count_tokens`, {
      method: "POST",
      headers: forward(req.headers, cfg),
      body: JSON.stringify(req.body)
    });
    reply.code(res.status).header("content-type", "application/json");
    return res.json();
  });

  app.post("/v1/messages", async (req, reply) => {
    if (cfg.budgetUsd > 0 && meter.spent() >= cfg.budgetUsd) {
      reply.code(429);
      return { type: "error", error: { type: "rate_limit_error", message: `tollgate: team budget of $${cfg.budgetUsd} reached` } };
    }
    const body = shape(req.body || {}, cfg);
    const res = await fetch(`${cfg.upstream}/v1/messages`, {
      method: "POST",
      headers: forward(req.headers, cfg),
      body: JSON.stringify(body)
    });
    meter.count(body.model, res.headers);
    reply.code(res.status);
    for (const [k, v] of res.headers) if (!HOP.has(k) && k !== "content-encoding") reply.header(k, v);
    return reply.send(res.body ? Readable.fromWeb(res.body) : "");
  });
}

function forward(headers, cfg) {
  const h = { "content-type": "application/json", "x-api-key": cfg.apiKey };
  for (const [k, v] of Object.entries(headers)) {
    if (k.startsWith("anthropic-") && typeof v === "string") h[k] = v;
  }
  if (!h["anthropic-version"]) h["anthropic-version"] = "2023-06-01";
  return h;
}

module.exports = { register };

/***/ }),

/***/ 4201:
/***/ ((module) => {

"use strict";

const PRICES = { "claude-opus-4-5": [5, 25], "claude-sonnet-4-5": [3, 15], "claude-haiku-4-5": [1, 5] };

function createMeter() {
  let usd = 0;
  return {
    spent: () => usd,
    count(model, headers) {
      const inTok = Number(headers.get("anthropic-ratelimit-input-tokens-used") || 0);
      const outTok = Number(headers.get("anthropic-ratelimit-output-tokens-used") || 0);
      const p = PRICES[model] || PRICES["claude-sonnet-4-5"];
      usd += (inTok * p[0] + outTok * p[1]) / 1e6;
    }
  };
}

module.exports = { createMeter };

/***/ }),

/***/ 8301:
/***/ ((module) => {

"use strict";
module.exports = require("fastify");

/***/ }),

/***/ 7147:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 2037:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 1017:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2781:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat */
/******/ 	
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be isolated against other modules in the chunk.
(() => {
const Fastify = __nccwpck_require__(8301);
const { loadConfig } = __nccwpck_require__(4417);
const { register } = __nccwpck_require__(6630);
const { createMeter } = __nccwpck_require__(4201);

async function main() {
  const cfg = loadConfig();
  if (!cfg.apiKey) {
    console.error("tollgate: set ANTHROPIC_API_KEY or apiKey in ~/.tollgate/config.json");
    process.exit(2);
  }
  const app = Fastify({ logger: { level: cfg.logLevel }, bodyLimit: 32 * 1024 * 1024 });
  register(app, cfg, createMeter());
  const addr = await app.listen({ port: cfg.port, host: cfg.host });
  console.log(`tollgate listening on ${addr}; point ANTHROPIC_BASE_URL there`);
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => app.close().then(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
})();

module.exports = __webpack_exports__;
/******/ })()
;
