// @bun @bun-cjs
(function(exports, require, module, __filename, __dirname) {var __create = Object.create;
var __getProtoOf = Object.getPrototypeOf;
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __toESM = (mod, isNodeMode, target) => {
  target = mod != null ? __create(__getProtoOf(mod)) : {};
  const to = isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target;
  for (let key of __getOwnPropNames(mod))
    if (!__hasOwnProp.call(to, key))
      __defProp(to, key, { get: () => mod[key], enumerable: true });
  return to;
};
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);

// src/prompt/clock.js
var require_clock = __commonJS((exports2, module2) => {
  function currentZone() {
    return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  }
  function dateLine(now = new Date) {
    const zone = currentZone();
    let fmt;
    try {
      fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    } catch {
      fmt = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit" });
    }
    const text = fmt.formatToParts(now).map((p) => p.type === "literal" ? "/" : p.value).join("");
    return `Today's date is ${text}.`;
  }
  module2.exports = { dateLine, currentZone };
});

// src/prompt/system.js
var require_system = __commonJS((exports2, module2) => {
  var { dateLine } = require_clock();
  var os = __toESM(require("os"));
  function systemPrompt(cwd) {
    return [
      "You are Brisk, an AI pair programmer working in the user's terminal.",
      "Prefer small, reviewable changes and explain your reasoning briefly.",
      `Working directory: ${cwd}`,
      `Platform: ${os.platform()} ${os.arch()}`,
      dateLine()
    ].join("\n");
  }
  module2.exports = { systemPrompt };
});

// src/api.js
var require_api = __commonJS((exports2, module2) => {
  var https = __toESM(require("https"));
  function post(path, payload, apiKey) {
    const data = JSON.stringify(payload);
    return new Promise((resolve, reject) => {
      const req = https.request({
        hostname: "api.brisk.run",
        path,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data), "x-api-key": apiKey }
      }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          res.statusCode >= 400 ? reject(new Error(`HTTP ${res.statusCode}: ${text}`)) : resolve(JSON.parse(text));
        });
      });
      req.on("error", reject);
      req.end(data);
    });
  }
  module2.exports = { post };
});

// src/main.js
var { systemPrompt } = require_system();
var { post } = require_api();
async function main() {
  const apiKey = process.env.BRISK_API_KEY;
  if (!apiKey) {
    console.error("Set BRISK_API_KEY or run `brisk auth`.");
    return 2;
  }
  const prompt = process.argv.slice(2).join(" ");
  const reply = await post("/v1/messages", {
    model: "brisk-sonnet",
    max_tokens: 2048,
    system: systemPrompt(process.cwd()),
    messages: [{ role: "user", content: prompt }]
  }, apiKey);
  console.log(reply.content.map((b) => b.text ?? "").join(""));
  return 0;
}
main().then((code) => process.exitCode = code, (err) => {
  console.error(err.message);
  process.exitCode = 1;
});
})
