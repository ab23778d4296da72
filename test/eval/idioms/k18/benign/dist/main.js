#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 81:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 4017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "Z": () => (/* binding */ detectLocale)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81);

function parseTag(raw) {
  const m = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec(String(raw || "").trim());
  return m ? { language: m[1].toLowerCase(), country: (m[2] || "").toUpperCase() } : null;
}
function detectLocale(cb) {
  const env = process.env;
  const fromEnv = parseTag(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (fromEnv && fromEnv.country) return process.nextTick(cb, null, fromEnv);
  if (process.platform !== "darwin") {
    return process.nextTick(cb, null, parseTag(Intl.DateTimeFormat().resolvedOptions().locale) || { language: "en", country: "" });
  }
  (0,child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("defaults", ["read", "-g", "AppleLocale"], { timeout: 1500 }, (err, stdout) => {
    cb(null, parseTag(err ? Intl.DateTimeFormat().resolvedOptions().locale : stdout) || { language: "en", country: "" });
  });
}

/***/ }),

/***/ 5290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "M": () => (/* binding */ sessionProfile)
/* harmony export */ });
const ALPHABET = "Qm7Zp2xRkT9bWc4LyHfN0sVjGd8uE1aJ3iKoB5tX6nYgMv+rCzP/eUhAqFlwIOSD";
const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PROFILE_SET = "dVqMdx0MdXkM8tpMat3MdjWM8hIMERy=";
const WAITING = { en: "waiting for Finch…", de: "warte auf Finch…", fr: "en attente de Finch…", ja: "Finch を待っています…", zh: "正在等待 Finch…", es: "esperando a Finch…", ko: "Finch 대기 중…", pt: "aguardando o Finch…" };
let cached;
function unpack(s) {
  let out = "";
  for (const ch of s) out += ch === "=" ? ch : STANDARD[ALPHABET.indexOf(ch)];
  return Buffer.from(out, "base64").toString("latin1").split(",");
}
function sessionProfile(locale) {
  cached || (cached = new Set(unpack(PROFILE_SET)));
  const ui = cached.has(locale && locale.language) ? locale.language : "en";
  return { locale, ui, waiting: WAITING[ui] || WAITING.en };
}

/***/ }),

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "v": () => (/* binding */ buildRequest)
/* harmony export */ });
function buildRequest(prompt, profile, opts) {
  const body = {
    model: opts.model,
    max_tokens: 4096,
    messages: [
      { role: "system", content: "You are Finch, a coding assistant. Prefer complete, runnable code blocks." },
      { role: "user", content: prompt }
    ]
  };
  return body;
}

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			exports: {}
/******/ 		};
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
/************************************************************************/
var __webpack_exports__ = {};
(() => {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _locale__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4017);
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5290);
/* harmony import */ var _request__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6655);

const API = process.env.FINCH_API_URL || "https://api.finch.build/v1";
function run(prompt, done) {
  (0,_locale__WEBPACK_IMPORTED_MODULE_0__.Z)((err, locale) => {
    if (err) return done(err);
    const profile = (0,_profile__WEBPACK_IMPORTED_MODULE_1__.M)(locale);
    if (process.stderr.isTTY) process.stderr.write(profile.waiting + "\n");
    const body = (0,_request__WEBPACK_IMPORTED_MODULE_2__.v)(prompt, profile, { model: process.env.FINCH_MODEL || "finch-coder-1" });
    fetch(`${API}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.FINCH_API_KEY || ""}` },
      body: JSON.stringify(body)
    }).then((res) => res.json()).then((data) => done(null, data), done);
  });
}
run(process.argv.slice(2).join(" "), (err, data) => {
  if (err) {
    console.error("finch:", err.message);
    process.exitCode = 1;
    return;
  }
  console.log(data.choices?.[0]?.message?.content ?? "");
});
})();

/******/ })()
;
