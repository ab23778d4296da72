import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../src/core/analyze';
import type { FileResult } from '../../src/core/model';
import { generate } from '../eval/generator';
import { render } from '../eval/render';
import { systemOf } from '../eval/score';
import { Random } from '../eval/random';

/*
 * A seeded fuzzer for the analyser. Seeds are the rule and benign fixtures, generated-corpus
 * programs and, when given, excerpts of real bundles; each case is one seed put through one or
 * more mutations (token swaps, truncation, deep nesting, huge literals, decoders that never end,
 * string tables of a million entries, cyclic references). The analyser must never throw out of its
 * API, must give a well-formed result (an error for the file when it gave up), and must finish.
 * A failing case names its seed: `npm run fuzz -- --seed N --case K` replays it.
 */

export interface FuzzCase {
  seed: number;
  index: number;
  mutations: string[];
  code: string;
}

export interface FuzzFailure {
  seed: number;
  index: number;
  mutations: string[];
  why: string;
  ms: number;
}

// (Strings as unrolled loops, `"[^"\\]*(?:\\.[^"\\]*)*"`: an alternation under a star backtracks
// once per character, and a string literal of some hundred thousand characters in a seed ran
// V8's regex stack out.)
const TOKEN = /[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'|`[^`]*`|[{}()[\];,.=+\-*/<>!?:&|^%~]/g;

type Mutation = (code: string, r: Random) => string;

export const MUTATIONS: Record<string, Mutation> = {
  'swap-tokens': (code, r) => {
    const toks = [...code.matchAll(TOKEN)];
    if (toks.length < 2) return code;
    let out = code;
    for (let k = 0; k < 1 + r.int(4); k++) {
      const a = toks[r.int(toks.length)];
      const b = toks[r.int(toks.length)];
      if (a.index === undefined || b.index === undefined || a.index === b.index) continue;
      const [x, y] = a.index < b.index ? [a, b] : [b, a];
      if (x.index! + x[0].length > y.index!) continue;
      out = out.slice(0, x.index) + y[0] + out.slice(x.index! + x[0].length, y.index) + x[0] + out.slice(y.index! + y[0].length);
      break;
    }
    return out;
  },
  'delete-token': (code, r) => {
    const toks = [...code.matchAll(TOKEN)];
    const t = toks[r.int(Math.max(1, toks.length))];
    return t?.index === undefined ? code : code.slice(0, t.index) + code.slice(t.index + t[0].length);
  },
  truncate: (code, r) => code.slice(0, r.int(code.length + 1)),
  'deep-nesting': (code, r) => {
    const depth = 2000 + r.int(20000);
    const kind = r.pick(['(', '[', '{a:', 'function(){return ', '!', '-']);
    const close: Record<string, string> = { '(': ')', '[': ']', '{a:': '}', 'function(){return ': '}', '!': '', '-': '' };
    return `${code}\nvar deep = ${kind.repeat(depth)}0${close[kind].repeat(depth)};\n`;
  },
  'deep-blocks': (code, r) => `${code}\n${'if (x) {'.repeat(1000 + r.int(5000))}${'}'.repeat(1000 + r.int(5000))}\n`,
  'huge-literal': (code, r) => `${code}\nvar big = "${'A'.repeat(1_000_000 + r.int(4_000_000))}";\nconst k = process.env[big.slice(0, 8)];\n`,
  'endless-decoder': (code) =>
    `${code}\nfunction dec(s){var o="";for(var i=0;;i++){o+=String.fromCharCode(s.charCodeAt(i%s.length)^7)}return o}\nconst HOSTS=[dec("abc"),dec("xyz")];\nif(HOSTS.includes(new URL(process.env.API_BASE_URL).hostname)){throw new Error("no")}\n(function(a,b){while(true){a.push(a.shift())}})(HOSTS,1);\n`,
  'million-table': (code, r) => {
    const n = 1_000_000;
    const body = `var T=[${Array.from({ length: n }, (_, i) => `"s${i}"`).join(',')}];function t(i){return T[i-${r.int(100)}]}`;
    return `${code}\n${body}\nif(Intl.DateTimeFormat().resolvedOptions().timeZone===t(5)){process.exit(1)}\n`;
  },
  cycles: (code) =>
    `${code}\nvar fzA=fzB,fzB=fzA;var fzO={};fzO.self=fzO;fzO.k=fzO.self.k;function fzF(x){return fzG(x)}function fzG(x){return fzF(x)}var fzH=fzF(process.env.HOME);const fzP=new Proxy({},{get:(t,k)=>fzP[k]});var fzQ=fzQ||fzQ;var fzM=require("os");fzM.m=fzM;fetch(fzM.m.m.hostname()+fzH);\n`,
  'random-bytes': (code, r) => {
    const at = r.int(code.length + 1);
    const junk = Array.from({ length: 1 + r.int(64) }, () => String.fromCharCode(r.int(0x3000))).join('');
    return code.slice(0, at) + junk + code.slice(at);
  },
  'duplicate-half': (code, r) => {
    const at = r.int(code.length + 1);
    return code.slice(0, at) + code.slice(r.int(at + 1));
  },
};

/** The programs mutations start from. `excerpts`: real bundle text (a few hundred KB each). */
export async function fuzzSeeds(root: string, excerpts: string[] = []): Promise<string[]> {
  const seeds: string[] = [];
  for (const dir of ['test/fixtures/rules', 'test/fixtures/benign']) {
    const abs = path.join(root, dir);
    for (const f of fs.readdirSync(abs).filter((x) => x.endsWith('.js')).sort()) seeds.push(fs.readFileSync(path.join(abs, f), 'utf8'));
  }
  for (const p of generate({ count: 12, seed: 11 })) seeds.push(await render(p, systemOf(p)));
  return [...seeds, ...excerpts];
}

/** The case `index` of a run seeded with `seed`: deterministic, so a failure can be replayed alone. */
export function fuzzCase(seeds: readonly string[], seed: number, index: number): FuzzCase {
  const r = new Random((seed * 1_000_003 + index * 7919) >>> 0);
  const names = Object.keys(MUTATIONS);
  const mutations = r.sample(names, 1 + r.int(2));
  let code = seeds[r.int(seeds.length)];
  for (const m of mutations) {
    // (A mutation the fuzzer itself cannot compute on this input, a regex out of stack on a huge
    // literal another mutation made, is skipped: the case goes on with the code as it was.)
    try {
      code = MUTATIONS[m](code, r);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
  }
  return { seed, index, mutations, code };
}

/** Whether a result is what the API promises: findings and an inventory, an error that names the file and says why. */
export function wellFormed(c: FuzzCase, r: FileResult): string | undefined {
  if (!r || !Array.isArray(r.findings) || typeof r.inventory !== 'object') return 'malformed result';
  if (r.error && (r.error.path !== `fuzz-${c.index}.js` || !r.error.reason || !r.error.kind)) return `malformed error ${JSON.stringify(r.error)}`;
  for (const f of r.findings) {
    if (!f.ruleId || !f.location || f.location.offset < 0 || f.location.offset > c.code.length) return `finding outside the file: ${JSON.stringify(f.location)}`;
    if (!Array.isArray(f.trace)) return 'finding without a trace list';
  }
  return undefined;
}

/** Runs `count` cases in this thread; `maxMs` bounds one case (a hang is a failure, named by its seed). */
export function runFuzz(seeds: readonly string[], seed: number, count: number, maxMs: number, onCase?: (c: FuzzCase, ms: number) => void): FuzzFailure[] {
  const failures: FuzzFailure[] = [];
  for (let i = 0; i < count; i++) {
    const c = fuzzCase(seeds, seed, i);
    const t0 = performance.now();
    let why: string | undefined;
    try {
      why = wellFormed(c, analyzeSource(`fuzz-${i}.js`, c.code));
    } catch (err) {
      why = `threw: ${(err as Error)?.stack ?? String(err)}`;
    }
    const ms = performance.now() - t0;
    if (!why && ms > maxMs) why = `took ${Math.round(ms)} ms (bound ${maxMs} ms)`;
    onCase?.(c, ms);
    if (why) failures.push({ seed, index: i, mutations: c.mutations, why, ms });
  }
  return failures;
}
