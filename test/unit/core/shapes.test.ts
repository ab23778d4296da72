import * as assert from 'assert';
import { analyzeSource } from '../../../src/core/analyze';
import { severityRank, type Finding } from '../../../src/core/model';

/*
 * Shapes the tenth round of hand-written idioms (test/eval/idioms/l*) used that the engine did not follow: a line
 * separator for a newline, a list built by a loop in a function without parameters, coroutines
 * driven by a runner, the Fetch API's Request object, a class's static block, and builtins reached
 * through Reflect or borrowed from Array.prototype.
 */

const loud = (fs: Finding[]) => fs.filter((f) => severityRank(f.severity) >= severityRank('high'));

function scan(code: string): Finding[] {
  const r = analyzeSource('x.js', code, { firstPartyHosts: ['api.anthropic.com'] });
  assert.strictEqual(r.error, undefined, r.error?.reason);
  return loud(r.findings);
}

const rule = (code: string, id: string) => scan(code).filter((f) => f.ruleId === id);

describe('engine: shapes of the tenth round', () => {
  it('takes U+2028 LINE SEPARATOR picked for a newline by a vendor check as a covert marker, and not when a terminal test picks it', () => {
    const marked = rule(`const base = process.env.OPENAI_BASE_URL || "https://api.example.dev";
const host = new URL(base).hostname;
const via = ["openrouter", "siliconflow"].find((k) => host.includes(k));
const eol = via ? "\\u2028" : "\\n";
fetch("https://api.example.dev/v1", { method: "POST", body: JSON.stringify({ prompt: ["Fix", "it"].join(eol) }) });`, 'covert-marker');
    assert.strictEqual(marked.length, 1, 'picked by the vendor check');
    assert.match(marked[0].message, /U\+2028/);
    assert.deepStrictEqual(rule(`const eol = process.stdout.isTTY ? "\\u2028" : "\\n";
fetch("https://api.example.dev/v1", { method: "POST", body: JSON.stringify({ prompt: ["Fix", "it"].join(eol) }) });`, 'covert-marker').map((f) => f.message), [], 'layout picked by a terminal test');
    // (A YAML or JSON unescaper's table picks U+0085 NEXT LINE beside "\n", as it picks every control character.)
    const table = analyzeSource('x.js', `function unescapeChar(c) { return c === 0x4e ? "\\x85" : c === 0x6e ? "\\n" : c === 0x4c ? "\\u2028" : ""; }
module.exports = { unescapeChar };`).findings.filter((f) => severityRank(f.severity) >= severityRank('medium'));
    assert.deepStrictEqual(table.map((f) => f.message), [], 'an escape table');
  });

  it('decodes a list a function without parameters builds with push() in a loop', () => {
    const gated = rule(`const CODES = "067078082085073082";
function codeList() {
  const chars = CODES.match(/\\d{3}/g).map((n) => String.fromCharCode(Number(n)));
  const pairs = [];
  for (let i = 0; i < chars.length; i += 2) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}
const region = (process.env.LANG || "").slice(3, 5);
if (codeList().includes(region)) fetch("https://api.example.dev/v1/usage", { method: "POST", body: "{}" });`, 'env-gated-behavior');
    assert.strictEqual(gated.length, 1);
    assert.match(gated[0].message, /CN, RU, IR/);
  });

  it('follows values through coroutines: tsc\'s __awaiter and a co.wrap runner from another module', () => {
    assert.strictEqual(rule(`var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const os = require("os");
function identity() {
    return __awaiter(this, void 0, void 0, function* () {
        const user = yield Promise.resolve(os.userInfo().username);
        return { user };
    });
}
function main() {
    return __awaiter(this, void 0, void 0, function* () {
        const who = yield identity();
        yield fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify({ who: who.user }) });
    });
}
main();`, 'host-identity-sent').length, 1, 'yield in __awaiter is an await, and the coroutine returns what the call gives');
    assert.strictEqual(rule(`const { co } = require("./co");
const os = require("os");
const collect = co.wrap(function* () {
  const [host] = yield [Promise.resolve(os.hostname())];
  return { host };
});
const main = co.wrap(function* () {
  const facts = yield collect();
  yield fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify({ machine: facts.host }) });
});
main();`, 'host-identity-sent').length, 1, 'a wrapping runner gives a function whose calls give what the coroutine returns');
  });

  it('takes a Fetch API Request object as the request it describes', () => {
    assert.strictEqual(rule(`const os = require("os");
function build() {
  const headers = new Headers({ "content-type": "application/json" });
  headers.append("x-machine", os.hostname());
  return new Request("https://api.example.dev/v1/chat", { method: "POST", headers, body: "{}" });
}
fetch(build());`, 'host-identity-sent').length, 1, 'a header appended to the Headers of a Request that is fetched');
    assert.deepStrictEqual(rule(`const os = require("os");
const req = new Request("https://api.example.dev/v1/chat", { method: "POST", body: "{}" });
console.log(os.hostname(), req.url);
fetch(req);`, 'host-identity-sent').map((f) => f.message), [], 'the host name only logged beside it');
  });

  it('reads `this` in a class\'s static block as the class, and builtins reached through Reflect or borrowed from Array.prototype', () => {
    assert.strictEqual(rule(`class Egress {
  static host = "";
  static {
    const proxy = process.env.HTTPS_PROXY || "";
    if (proxy) this.host = new URL(proxy).hostname;
    if (["deepseek", "moonshot"].some((k) => this.host.includes(k))) process.exit(1);
  }
}
module.exports = { Egress };`, 'env-gated-behavior').length, 1, 'this.host written and read in a static block');
    assert.strictEqual(rule(`const NAMES = ["HTTPS_PROXY", "https_proxy"];
let proxy = "";
for (const name of NAMES) { const v = Reflect.get(process.env, name); if (v) { proxy = v; break; } }
const host = proxy ? new URL(proxy).hostname : "";
if (["deepseek", "moonshot"].some((k) => host.includes(k))) process.exit(1);`, 'env-gated-behavior').length, 1, 'Reflect.get(process.env, name)');
    assert.strictEqual(rule(`const host = new URL(process.env.HTTPS_PROXY || "http://localhost").hostname;
const LIST = unescape("%u0064%u0065%u0065%u0070%u0073%u0065%u0065%u006B%u007C%u006D%u006F%u006F%u006E%u0073%u0068%u006F%u0074").split("|");
if (LIST.some((k) => host.includes(k))) process.exit(1);`, 'env-gated-behavior').length, 1, 'a list decoded by unescape()');
    assert.strictEqual(rule(`const host = new URL(process.env.HTTPS_PROXY || "http://localhost").hostname;
const LIST = ["deepseek", "moonshot"];
if (Reflect.apply(Array.prototype.some, LIST, [(k) => host.includes(k)])) process.exit(1);`, 'env-gated-behavior').length, 1, 'Reflect.apply(Array.prototype.some, list, [cb])');
  });
});

describe('engine: shapes of the twelfth round', () => {
  const program = (made: string) => `const zoned = process.env.TZ === "Asia/Shanghai";
const weekday = new Date().toLocaleDateString("en-US", { weekday: "long" });
const day = zoned ? ${made} : weekday;
fetch("https://api.example.dev/v1/responses", { method: "POST", body: JSON.stringify({ instructions: \`Today is \${day}.\` }) });`;

  it('takes text taken apart and put together with an invisible character spliced in (`[...day].toSpliced(3, 0, mark).join("")`) for a marker', () => {
    const marked = rule(program('[...weekday].toSpliced(3, 0, String.fromCharCode(0b10101101)).join("")'), 'covert-marker');
    assert.strictEqual(marked.length, 1, 'toSpliced() in the receiver chain of join()');
    assert.match(marked[0].message, /U\+00AD/);
    assert.strictEqual(rule(program('Array.from(weekday).with(1, "\\u043e").join("")'), 'covert-marker').length, 1, 'with() swapping in a Cyrillic look-alike');
  });

  it('does not take text rearranged into something a reader sees as different for a marker', () => {
    assert.deepStrictEqual(rule(program('[...weekday].toReversed().join("")'), 'covert-marker').map((f) => f.message), [], 'reversed');
    assert.deepStrictEqual(rule(program('[...weekday].toSpliced(3).join("")'), 'covert-marker').map((f) => f.message), [], 'cut short');
    assert.deepStrictEqual(rule(program('[...weekday].toSorted().join(" ")'), 'covert-marker').map((f) => f.message), [], 'sorted and spaced');
  });
});
