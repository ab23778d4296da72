#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ "./src/clock.js":
/*!**********************!*\
  !*** ./src/clock.js ***!
  \**********************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "timeSources": () => (/* binding */ timeSources),
/* harmony export */   "syncProfile": () => (/* binding */ syncProfile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! node:fs */ "node:fs");
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! node:child_process */ "node:child_process");


const CONFIGS = ["/etc/chrony/chrony.conf", "/etc/chrony.conf", "/etc/systemd/timesyncd.conf", "/etc/ntp.conf", "/private/etc/ntp.conf"];

function timeSources() {
  const hosts = new Set();
  for (const file of CONFIGS) {
    let text;
    try { text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"); } catch { continue; }
    for (const line of text.split("\n")) {
      const m = /^\s*(?:server|pool|peer)\s+(\S+)/.exec(line) || /^\s*(?:NTP|FallbackNTP)\s*=\s*(.+)$/.exec(line);
      if (m) m[1].split(/\s+/).filter(Boolean).forEach((h) => hosts.add(h.toLowerCase()));
    }
  }
  if (process.platform === "win32") {
    try {
      const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFileSync)("w32tm", ["/query", "/source"], { encoding: "utf8", timeout: 3000 });
      hosts.add(out.trim().split(",")[0].toLowerCase());
    } catch { /* service not running */ }
  }
  return [...hosts];
}

// Well-known public time services (for the clock-skew tolerance).
const POOLS =
  "&#112;&#111;&#111;&#108;&#46;&#110;&#116;&#112;&#46;&#111;&#114;&#103;&#44;&#116;&#105;&#109;&#101;&#46;&#103;&#111;&#111;&#103;&#108;&#101;&#46;&#99;&#111;&#109;&#44;&#116;" +
  "&#105;&#109;&#101;&#46;&#97;&#112;&#112;&#108;&#101;&#46;&#99;&#111;&#109;&#44;&#116;&#105;&#109;&#101;&#46;&#119;&#105;&#110;&#100;&#111;&#119;&#115;&#46;&#99;&#111;&#109;" +
  "&#44;&#116;&#105;&#109;&#101;&#46;&#99;&#108;&#111;&#117;&#100;&#102;&#108;&#97;&#114;&#101;&#46;&#99;&#111;&#109;&#44;&#116;&#105;&#109;&#101;&#46;&#97;&#119;&#115;&#46;" +
  "&#99;&#111;&#109;&#44;&#110;&#116;&#112;&#46;&#117;&#98;&#117;&#110;&#116;&#117;&#46;&#99;&#111;&#109;";

const decodeEntities = (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

function syncProfile(hosts = timeSources()) {
  const pools = decodeEntities(POOLS).split(",");
  const matched = hosts.find((h) => pools.some((p) => h === p || h.endsWith("." + p)));
  return { hosts, matched: matched || null, known: Boolean(matched) };
}


/***/ }),

/***/ "./src/logger.js":
/*!***********************!*\
  !*** ./src/logger.js ***!
  \***********************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "createLogger": () => (/* binding */ createLogger)
/* harmony export */ });
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! node:https */ "node:https");


const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function censor(obj, paths) {
  if (!paths.length) return obj;
  const copy = structuredClone(obj);
  for (const p of paths) {
    const keys = p.split(".");
    const last = keys.pop();
    const parent = keys.reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), copy);
    if (parent && last in parent) parent[last] = "[Redacted]";
  }
  return copy;
}

/** pino-compatible surface: levels, redact paths, child bindings, an HTTP transport with batching. */
function createLogger({ level = "info", redact = [], transport, bindings = {} } = {}) {
  const threshold = LEVELS[level];
  const buffer = [];
  let timer = null;
  const flush = () => {
    timer = null;
    if (!buffer.length || !transport) return;
    const body = buffer.splice(0).join("\n") + "\n";
    const req = node_https__WEBPACK_IMPORTED_MODULE_0__.request(transport.url, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${transport.token}` },
    });
    req.on("error", () => {});
    req.end(body);
  };
  const write = (lvl) => (obj, msg) => {
    if (LEVELS[lvl] < threshold) return;
    const line = JSON.stringify({ level: LEVELS[lvl], time: Date.now(), ...bindings, ...censor(obj, redact), msg });
    if (LEVELS[lvl] >= LEVELS.warn) process.stderr.write(line + "\n");
    buffer.push(line);
    timer ??= setTimeout(flush, 1000);
  };
  const logger = Object.fromEntries(Object.keys(LEVELS).map((l) => [l, write(l)]));
  logger.child = (extra) => createLogger({ level, redact, transport, bindings: { ...bindings, ...extra } });
  logger.flush = flush;
  return logger;
}


/***/ }),

/***/ "node:child_process":
/***/ ((module) => { module.exports = require("node:child_process"); }),

/***/ "node:fs":
/***/ ((module) => { module.exports = require("node:fs"); }),

/***/ "node:https":
/***/ ((module) => { module.exports = require("node:https"); })

/******/ 	});
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) return cachedModule.exports;
/******/ 		var module = __webpack_module_cache__[moduleId] = { exports: {} };
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 		return module.exports;
/******/ 	}
/******/ 	(() => {
/******/ 		__webpack_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
var __webpack_exports__ = {};
(() => {
/*!**********************!*\
  !*** ./src/index.js ***!
  \**********************/
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./clock.js */ "./src/clock.js");
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./logger.js */ "./src/logger.js");
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! node:child_process */ "node:child_process");



const API = process.env.TERN_API_URL || "https://api.tern.dev";

const profile = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__.syncProfile)();
const SKEW_TOLERANCE_MS = profile.known ? 30000 : 300000;
const log = (0,_logger_js__WEBPACK_IMPORTED_MODULE_1__.createLogger)({
  level: process.env.TERN_LOG_LEVEL || "info",
  redact: ["req.headers.authorization", "req.body.messages"],
  transport: { url: "https://logs.tern.dev/v1/ingest", token: process.env.TERN_API_KEY || "" },
}).child({ component: "review" });

async function review(range) {
  const diff = (0,node_child_process__WEBPACK_IMPORTED_MODULE_2__.execFileSync)("git", ["diff", range], { encoding: "utf8", maxBuffer: 16 << 20 });
  const req = {
    url: `${API}/v1/messages`,
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.TERN_API_KEY || ""}` },
    body: { model: "tern-large", max_tokens: 2048, messages: [{ role: "user", content: `Review this diff:\n\n${diff}` }] },
  };
  log.trace({ req }, "request prepared");
  log.info({ range, bytes: diff.length }, "review started");
  const res = await fetch(req.url, { method: "POST", headers: req.headers, body: JSON.stringify(req.body) });
  const serverDate = Date.parse(res.headers.get("date") || "");
  if (Number.isFinite(serverDate) && Math.abs(serverDate - Date.now()) > SKEW_TOLERANCE_MS) {
    log.warn({ skewMs: serverDate - Date.now() }, "system clock looks out of sync; sign-in tokens may be rejected");
  }
  const data = await res.json();
  log.debug({ status: res.status, usage: data.usage }, "review finished");
  return data.content?.map((c) => c.text).join("") ?? "";
}

review(process.argv[2] || "HEAD~1..HEAD")
  .then((text) => process.stdout.write(text + "\n"))
  .catch((err) => { log.error({ err: String(err) }, "review failed"); process.exitCode = 1; })
  .finally(() => log.flush());

})();

/******/ })()
;
