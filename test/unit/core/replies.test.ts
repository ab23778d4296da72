import * as assert from 'assert';
import { analyzeSource } from '../../../src/core/analyze';
import { severityRank, type Finding } from '../../../src/core/model';
import { scanPaths } from '../../../src/host/scanner';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/*
 * More shapes of the tenth round of hand-written idioms: a function picked from a table into a
 * variable before it is called, replies of a forked child or a worker thread to the thread that
 * started it, and generators run by the evaluator.
 */

const loud = (fs: Finding[]) => fs.filter((f) => severityRank(f.severity) >= severityRank('high'));

function scan(code: string): Finding[] {
  const r = analyzeSource('x.js', code, { firstPartyHosts: ['api.anthropic.com'] });
  assert.strictEqual(r.error, undefined, r.error?.reason);
  return loud(r.findings);
}

const rule = (code: string, id: string) => scan(code).filter((f) => f.ruleId === id);

describe('engine: more shapes of the tenth round', () => {
  it('calls a function picked from a table into a variable (`const rule = RULES[name]; rule(ctx)`)', () => {
    const code = (key: string) => `const RULES = {
  verbose: (ctx) => ctx.verbose === true,
  region: (ctx) => ["CN", "RU", "IR"].includes(ctx.area),
};
function enabled(name) {
  const rule = RULES[name];
  return typeof rule === "function" ? Boolean(rule({ area: (process.env.LANG || "").slice(3, 5), verbose: false })) : false;
}
if (enabled(${key})) process.exit(0);`;
    assert.strictEqual(rule(code('process.argv[2]'), 'env-gated-behavior').length, 1, 'picked by a key known at run time');
    assert.deepStrictEqual(rule(code('"verbose"'), 'env-gated-behavior').map((f) => f.message), [], 'picked by a constant key naming another entry');
  });

  it('follows what a forked child (`process.send`) or a worker (`parentPort.postMessage`) sends back to its parent\'s message listener', async () => {
    const sent = async (files: Record<string, string>) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-reply-'));
      try {
        for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
        return (await scanPaths([dir])).findings.filter((f) => f.ruleId === 'host-identity-sent' && severityRank(f.severity) >= severityRank('high')).map((f) => `${path.basename(f.location.path)}: ${f.message}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    const child = `const os = require("os");
process.on("message", () => process.send({ kind: "facts", facts: { user: os.userInfo().username, cwd: process.cwd() } }));`;
    const parent = (use: string) => `const { fork } = require("child_process");
const path = require("path");
function facts() {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, "probe.js"));
    child.once("message", (msg) => resolve(msg.facts));
    child.send({ kind: "probe" });
  });
}
async function main() {
  const f = await facts();
  ${use}
}
main();`;
    const forked = await sent({ 'probe.js': child, 'main.js': parent('await fetch("https://api.example.dev/v1/chat", { method: "POST", body: JSON.stringify({ system: "User: " + f.user }) });') });
    assert.ok(forked.some((m) => /^main\.js: .*userInfo/.test(m)), forked.join('\n'));
    assert.deepStrictEqual(await sent({ 'probe.js': child, 'main.js': parent('console.error(f.user); await fetch("https://api.example.dev/v1/chat", { method: "POST", body: JSON.stringify({ cwd: f.cwd }) });') }), [], 'only another field of the reply is sent');
    const worker = await sent({
      'worker.js': `const { parentPort } = require("worker_threads");
const os = require("os");
parentPort.postMessage({ host: os.hostname() });`,
      'main.js': `const { Worker } = require("worker_threads");
const w = new Worker(require("path").join(__dirname, "worker.js"));
w.on("message", (m) => fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify({ machine: m.host }) }));`,
    });
    assert.ok(worker.some((m) => /^main\.js: .*hostname/.test(m)), worker.join('\n'));
  });

  it('runs generators in the evaluator: next().value, spread and for…of, and gives up where a yield\'s value is used', () => {
    const gated = (decode: string) => rule(`${decode}
const region = (process.env.LANG || "").slice(3, 5);
if (LIST.includes(region)) process.exit(1);`, 'env-gated-behavior');
    const keystream = `function* keystream(k) {
  for (;;) {
    k = (k * 31 + 7) & 255;
    yield k;
  }
}`;
    const next = gated(`${keystream}
function unpack(hex) {
  const ks = keystream(0x2a);
  return hex.match(/../g).map((h) => String.fromCharCode(parseInt(h, 16) ^ ks.next().value)).join("").split(",");
}
const LIST = unpack("5ec491b80866b4f8");`);
    assert.strictEqual(next.length, 1, 'an endless keystream read by next().value');
    assert.match(next[0].message, /CN, RU, IR/);
    const loop = gated(`${keystream}
function unpack(hex) {
  const bytes = hex.match(/../g).map((h) => parseInt(h, 16));
  let out = "";
  let i = 0;
  for (const k of keystream(0x2a)) {
    if (i >= bytes.length) break;
    out += String.fromCharCode(bytes[i++] ^ k);
  }
  return out.split(",");
}
const LIST = unpack("5ec491b80866b4f8");`);
    assert.strictEqual(loop.length, 1, 'for…of over an endless generator, with a break');
    const spread = gated(`function* codes(raw) {
  for (const p of raw.split(";")) yield p.split("").reverse().join("");
  yield* ["PK"];
}
const LIST = [...codes("NC;UR;RI")];`);
    assert.strictEqual(spread.length, 1, 'spread of a generator that ends, with yield*');
    assert.match(spread[0].message, /CN, RU, IR, PK/);
    // A yield whose value is used (what next(v) hands back) cannot be known: no list, no finding.
    assert.deepStrictEqual(gated(`function* codes() {
  const sep = yield "NC";
  yield "UR" + (sep || "");
}
const g = codes();
const LIST = [g.next().value, g.next(";").value].map((c) => c.split("").reverse().join(""));`).map((f) => f.message), [], 'the value of a yield used');
    // A generator that yields a sensed value is no constant: the loop over it gets what it yields.
    assert.strictEqual(rule(`const os = require("os");
const PEERS = /(?:antgroup\\.com|tencent\\.com|bytedance\\.com)$/;
for (const host of (function* () { yield os.hostname().toLowerCase(); })()) {
  const turns = () => (PEERS.test(host) ? 3 : 50);
  for (let i = 0; i < turns(); i++) console.log("turn", i);
}`, 'env-gated-behavior').length, 1, 'a loop over what a generator yields');
  });

  it('follows a message posted on one port of a MessageChannel to the listeners of the other port', () => {
    const sent = (code: string) => rule(code, 'host-identity-sent').map((f) => f.message);
    assert.strictEqual(sent(`const { MessageChannel } = require("worker_threads");
const os = require("os");
const { port1: producer, port2: consumer } = new MessageChannel();
consumer.on("message", (event) => fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify(event) }));
producer.postMessage({ name: "start", device: { host: os.hostname() } });`).length, 1, 'destructured ports');
    assert.strictEqual(sent(`const os = require("os");
const ch = new MessageChannel();
ch.port2.addEventListener("message", (e) => fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify({ host: e.data.host }) }));
ch.port1.postMessage({ host: os.hostname() });`).length, 1, 'a channel held whole, with an event listener (e.data)');
    assert.deepStrictEqual(sent(`const os = require("os");
const a = new MessageChannel();
const b = new MessageChannel();
b.port2.on("message", (m) => fetch("https://api.example.dev/v1/events", { method: "POST", body: JSON.stringify(m) }));
a.port2.on("message", (m) => console.log(m));
a.port1.postMessage({ host: os.hostname() });`), [], 'posted on another channel');
  });
});
