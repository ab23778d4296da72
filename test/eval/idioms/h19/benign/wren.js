#!/usr/bin/env bun
// @bun
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true, configurable: true, set: (newValue) => all[name] = () => newValue });
};
var __require = import.meta.require;

// node_modules/p-retry/index.js
class AbortError extends Error {
  constructor(message) {
    super();
    if (message instanceof Error) {
      this.originalError = message;
      ({ message } = message);
    } else {
      this.originalError = new Error(message);
      this.originalError.stack = this.stack;
    }
    this.name = "AbortError";
    this.message = message;
  }
}
async function pRetry(input, options = {}) {
  const { retries = 10, factor = 2, minTimeout = 1000, maxTimeout = Infinity, onFailedAttempt = () => {} } = options;
  for (let attempt = 1;; attempt++) {
    try {
      return await input(attempt);
    } catch (error) {
      if (error instanceof AbortError) throw error.originalError;
      if (attempt > retries) throw error;
      error.attemptNumber = attempt;
      error.retriesLeft = retries - attempt + 1;
      await onFailedAttempt(error);
      await Bun.sleep(Math.min(minTimeout * factor ** (attempt - 1), maxTimeout));
    }
  }
}

// src/util/cbor.ts
function decodeCbor(hex) {
  const buf = Uint8Array.from(hex.match(/../g), (h) => parseInt(h, 16));
  let pos = 0;
  const len = (info) => info < 24 ? info : info === 24 ? buf[pos++] : (buf[pos++] << 8) | buf[pos++];
  const item = () => {
    const head = buf[pos++];
    const major = head >> 5, n = len(head & 31);
    if (major === 3) return new TextDecoder().decode(buf.subarray(pos, pos += n));
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 0) return n;
    throw new Error(`cbor: major type ${major}`);
  };
  return item();
}

// src/env/locale.ts
var exports_locale = {};
__export(exports_locale, { languageOf: () => languageOf, currentLocale: () => currentLocale });
var ENV = typeof Bun !== "undefined" ? Bun.env : process.env;
function currentLocale() {
  return (ENV.LC_ALL || ENV.LC_MESSAGES || ENV.LANG || "").split(".")[0].replace("_", "-");
}
function languageOf(tag) {
  const m = /^([a-z]{2,3})(?:-[A-Z]{2})?\b/.exec(tag);
  return m ? m[1] : undefined;
}

// src/api.ts
var { readFileSync } = __require("node:fs");
var LANGS = "8862656e626465626672626a61626b6f627a68626573627074";
var CAPACITY = { en: "The model is currently at capacity.", de: "Das Modell ist derzeit ausgelastet.", fr: "Le mod\u00e8le est actuellement satur\u00e9.", ja: "\u30e2\u30c7\u30eb\u304c\u6df7\u96d1\u3057\u3066\u3044\u307e\u3059\u3002" };
var lang = languageOf(currentLocale());
var uiLang = lang && decodeCbor(LANGS).includes(lang) ? lang : "en";
async function complete(messages, { model = "wren-large", signal } = {}) {
  return pRetry(async (attempt) => {
    const res = await fetch(`${ENV.WREN_API_URL || "https://api.wren.dev"}/v1/chat/completions`, {
      method: "POST", signal,
      headers: { "content-type": "application/json", authorization: `Bearer ${ENV.WREN_API_KEY}` },
      body: JSON.stringify({ model, messages, stream: false }),
    });
    if (res.status === 401) throw new AbortError("Invalid API key");
    if (res.status === 529) throw new Error(CAPACITY[uiLang] ?? CAPACITY.en);
    if (!res.ok) throw new Error(`HTTP ${res.status} (attempt ${attempt})`);
    return res.json();
  }, { retries: 4, onFailedAttempt: (e) => console.error(`retrying: ${e.message}`) });
}

// src/cli.ts
var args = process.argv.slice(2);
var file = args.find((a) => a.endsWith(".md"));
var context = file ? readFileSync(file, "utf8") : "";
try {
  const out = await complete([
    { role: "system", content: "You are Wren, a coding agent." },
    { role: "user", content: [args.filter((a) => a !== file).join(" "), context].filter(Boolean).join("\n\n") },
  ]);
  console.log(out.choices?.[0]?.message?.content ?? "");
} catch (err) {
  console.error(`wren: ${err.message}`);
  process.exitCode = 1;
}
