import * as assert from 'assert';
import { analyzeSource } from '../../../src/core/analyze';
import { Interpreter, UNKNOWN } from '../../../src/core/engine/interpret';
import { parseSource } from '../../../src/core/engine/parse';
import type { Node } from '../../../src/core/engine/ast';
import { ACORN_VERSION, firstSlot, hashWord, parseAndCollect, Words } from '../../../src/core/engine/collect';
import { childrenOf, forEachDescendant, genericChildren, nodePath, pathTo } from '../../../src/core/engine/walk';
import { Resolver } from '../../../src/core/engine/resolve';
import { functionBinding } from '../../../src/core/engine/scope';

function evalLast(code: string): unknown {
  const parsed = parseAndCollect(code, {});
  assert.ok(parsed.ok);
  const { ast, facts } = parsed;
  const r = new Resolver(facts);
  const last = ast.body[ast.body.length - 1];
  const c = r.constant(last.expression ?? last.declarations[0].init, facts.programScope);
  return c?.v;
}

/** Each case as written (module first, then script), and behind a `with` statement, which only a script allows: so both source types get checked. */
function withAndWithoutWith(code: string): string[] {
  return [code, `with (o) {}\n${code}`];
}

/** A tree as JSON, with BigInt literal values written out (JSON.stringify refuses them). */
function treeJson(ast: unknown): string {
  return JSON.stringify(ast, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value));
}

/** Candor's collecting parser accepts and rejects what stock acorn does, with the same message, source type and tree. */
function assertParsesAsAcorn(code: string): void {
  const stock = parseSource(code);
  const ours = parseAndCollect(code, {});
  assert.strictEqual(ours.ok, stock.ok, code);
  if (stock.ok && ours.ok) {
    assert.strictEqual(ours.sourceType, stock.sourceType, code);
    assert.strictEqual(treeJson(ours.ast), treeJson(stock.ast), code);
  }
  if (!stock.ok && !ours.ok) assert.strictEqual(ours.reason, stock.reason, code);
}

describe('engine: parsing', () => {
  it('runs on the acorn version whose methods the collecting parser copies, pinned exactly', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const acornVersion = require('acorn').version as string;
    assert.strictEqual(acornVersion, ACORN_VERSION);
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const manifest = require('../../../../package.json') as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    assert.strictEqual(manifest.dependencies?.acorn ?? manifest.devDependencies?.acorn, ACORN_VERSION);
  });

  it('parses modules, scripts, hashbangs and top-level return/await', () => {
    for (const code of ['#!/usr/bin/env node\nimport x from "y"; export default x;', 'with (a) { b = 010; }', 'return 1;', 'await Promise.resolve(1);']) {
      const r = analyzeSource('x.js', code);
      assert.strictEqual(r.error, undefined, code);
    }
  });

  it('finds the path from the root to any node, through long statement lists', () => {
    const code = Array.from({ length: 300 }, (_, i) => `function f${i}(a) { if (a) { let x = [a, ${i}]; return x; } }`).join('\n') + '\n{ a; b; }';
    const parsed = parseSource(code);
    assert.ok(parsed.ok);
    const root = parsed.ast as unknown as Node;
    // Every node's path, against parent links recorded by a plain walk.
    const parent = new Map<Node, Node>();
    const all: Node[] = [];
    forEachDescendant(root, (n) => {
      all.push(n);
      for (const k of childrenOf(n)) parent.set(k, n);
    }, 1_000_000);
    for (const n of all) {
      const expected: Node[] = [];
      for (let cur: Node | undefined = n; cur; cur = parent.get(cur)) expected.unshift(cur);
      assert.deepStrictEqual(pathTo(root, n).map((x) => `${x.type}@${x.start}`), expected.map((x) => `${x.type}@${x.start}`));
    }
  });

  it('gives every node the children acorn-walk gives it, in source order, for every kind of syntax', () => {
    // The walk reads the common node types' fields directly; acorn-walk's base walkers are the reference.
    const code = [
      'import d, { a as b, c } from "m"; import * as ns from "n"; export { b as e }; export default class K extends (d ?? Object) { #p = 1; static s; static { this.s = 2; } get [c]() { return this.#p; } m(x = 1, ...r) { super.m?.(x); } }',
      'export * as all from "x"; export const [u, , w = 3] = [1, 2], { y, z: { q }, ...rest } = {};',
      'label: for (let i = 0, j; i < 3; i++, j--) { if (i) continue label; else break label; }',
      'for (const k in o) ; for (var v of [1, ...s]) { } while (a) do { debugger; } while (b);',
      'switch (x) { case 1: case f(): y(); default: { } } try { throw new E(`t${a}u${b}`); } catch ({ m }) { } finally { }',
      'try { } catch { } async function* g(p, { k } = {}, [h]) { yield* p; await h; return; }',
      'const f = async (a) => a?.b?.[c]?.(d), t = tag`x${y}z`, n = import.meta, l = /re/g, big = 1n;',
      'o = { a, b: 1, [c]: 2, ...d, get e() { return 1; }, set e(v) {}, m() {}, "s": 3, 4: 5 }; x ||= y &&= z ??= w; (a, b, (c));',
      'delete o[k], void 0, typeof x, -x, ++i, i--; a = b ? c : d; [a, b] = [b, a]; ({ a, b = 2 } = o); import("dyn", { with: { type: "json" } });',
    ].join('\n');
    const parsed = parseSource(code);
    assert.ok(parsed.ok);
    const root = parsed.ast as unknown as Node;
    const types = new Set<string>();
    forEachDescendant(root, (n) => {
      types.add(n.type);
      assert.deepStrictEqual(childrenOf(n).map((k) => `${k.type}@${k.start}`), genericChildren(n).map((k) => `${k.type}@${k.start}`), `${n.type}@${n.start}`);
    }, 1_000_000);
    for (const t of ['ClassBody', 'StaticBlock', 'PropertyDefinition', 'ObjectPattern', 'ArrayPattern', 'RestElement', 'AssignmentPattern', 'TaggedTemplateExpression', 'ChainExpression', 'SwitchCase', 'CatchClause', 'LabeledStatement', 'ImportExpression', 'ExportNamedDeclaration']) assert.ok(types.has(t), t);
  });

  it('analyses assignments that acorn turns into pattern defaults after the parse saw them', () => {
    // `[o.k = 1] = []` is parsed as an assignment first, then reinterpreted as a pattern.
    for (const code of ['const o = {}; [o.k = 1] = []; const p = o.k;', 'const o = {}, x = {}; ({ a: o.k = 1 } = x); const q = { v: o };', 'class C { m(list) { [this.k = 1] = list; return this.k; } }']) {
      const r = analyzeSource('x.js', code);
      assert.strictEqual(r.error, undefined, `${code}: ${r.error?.reason}`);
    }
  });

  it('finds a node in a long list by bisection, and the later of two siblings that meet at an empty range', () => {
    const code = `x = { ${Array.from({ length: 400 }, (_, i) => `k${i}: f${i}(${i})`).join(', ')} }; a;b;`;
    const parsed = parseSource(code);
    assert.ok(parsed.ok);
    const root = parsed.ast as unknown as Node;
    const at = code.indexOf('f321(');
    const path = nodePath(root, at, at, (n) => n.type === 'CallExpression' && n.start === at);
    assert.strictEqual(path[path.length - 1].type, 'CallExpression');
    assert.strictEqual(path[path.length - 2].type, 'Property');
    // `a;b;`: the first statement ends where the second starts.
    const seam = code.lastIndexOf('b;');
    const p2 = nodePath(root, seam, seam, () => false);
    assert.strictEqual(p2[1].start, seam);
    // Paths handed out are shared: a caller that changed one would corrupt every other's.
    assert.throws(() => (pathTo(root, path[path.length - 1]) as Node[]).push(root));
  });

  it('accepts and rejects redeclarations exactly as acorn does, in modules and scripts', () => {
    // Candor's parser keeps declared names in Sets instead of acorn's arrays: same verdicts, same messages.
    const cases = [
      'let a; let a;',
      'var a; var a;',
      'let a; var a;',
      'var a; let a;',
      'const a = 1; function a() {}',
      'function a() {} function a() {}',
      'function a() {} var a;',
      'var a; function a() {}',
      '{ function a() {} function a() {} }',
      '{ function a() {} var a; }',
      '{ let a; { var a; } }',
      'function f(a) { var a; }',
      'function f(a) { let a; }',
      'function f() { function g() {} var g; }',
      'try {} catch (e) { var e; }',
      'try {} catch (e) { let e; }',
      'try {} catch ([e]) { var e; }',
      'try {} catch (e) { for (var e of []) {} }',
      'class A {} class A {}',
      'for (let i; ;) { var i; }',
      'switch (x) { case 1: let a; case 2: let a; }',
      'label: { let a; } let a;',
      'export { a }; var a;',
      'export { b };',
      'export { c }; let c = 1;',
      'export { d }; function d() {}',
      'import a from "x"; let a;',
      'class B { static { var a; let a; } }',
      'class C { static { var a; } } var a;',
      '(function () { "use strict"; function a() {} var a; })',
      'async function f() { function g() {} function g() {} }',
      'let let = 1;',
    ];
    for (const code of cases.flatMap(withAndWithoutWith)) assertParsesAsAcorn(code);
  });

  it('reads keywords and reserved words exactly as acorn does, and builds the same tree', () => {
    // Candor's parser is acorn with its scope bookkeeping and node hooks replaced: the verdicts,
    // messages and trees must stay acorn's.
    const cases = [
      'var yield = 1;',
      'function* g() { var yield; }',
      'let await = 1;',
      'async function f() { var await; }',
      'var implements = 1, package = 2, interface = 3, static = 5;',
      '"use strict"; var implements = 1;',
      '"use strict"; var package;',
      'var x = { if: 1, class: 2, new: 3 }; x.if; x.class;',
      'var \\u0069f = 1;',
      'var l\\u0065t = 1;',
      'var enum = 1;',
      'class A { static { var await; } }',
      'eval = 1; arguments = 2;',
      '"use strict"; eval = 1;',
      'var of = 1, async = 2, get = 3, set = 4, let = 5;',
      'import x from "y"; var package = 1;',
      'function f(yield, await) {}',
      '"use strict"; function f(eval) {}',
      'label: for (;;) { break label; }',
      'typeof void delete x; new.target; this instanceof x in y;',
      'for (const of of of) {}',
    ];
    for (const code of cases.flatMap(withAndWithoutWith)) assertParsesAsAcorn(code);
  });

  it('builds the same tree as acorn with its own node makers and exact-size lists', () => {
    // Identifiers, literals and all other nodes come from Candor's constructors, and every list
    // acorn fills with push is copied at its exact size when its node is finished.
    const many = Array.from({ length: 40 }, (_, i) => `a${i}`).join(', ');
    const cases = [
      `f(${many}); new F(${many}); new G; g(); h?.(1, ...rest);`,
      `var ${many}; let [${many}] = x; const { ${many} } = y;`,
      `x = [${many}]; y = [, a, , b, ...c]; z = [];`,
      '({}); ({ a, b: 1, [c]: 2, ...d, get e() { return 1; }, set e(v) {}, f() {}, async *g() {} });',
      '({ a, b = 1 } = c); [a, b] = [b, a]; for (var [k, v] of m) {} for (const k in o) {}',
      'function f(a, b = 1, ...c) { "use strict"; return a, b, c; } (function () {}); (() => {}); (async (a, b) => a); async (a) => { await a; };',
      'class A extends B { #p = 1; static s; static { let x; } constructor(...a) { super(...a); } get #g() { return this.#p; } }',
      'switch (x) { case 1: a(); b(); case 2: default: c(); } label: { break label; }',
      '`plain`; `a${b}c${d}e`; tag`x${y}`; String.raw``;',
      '1n; 0x1Fn; 1_000n; 0b101n; 1.5e3; 0o17; 1_000; "str"; \'s\'; null; true; /re/gu; /[/]/;',
      '({ class: 1 }) / 2 / 3; x.function / 2 / 3; ({ function: 1 }); /re/.test(y); a = { if: 1, class: 2 }.class / 4; `a${{ class: 1 }}b${c}`;',
      'import a, { b as c, d } from "m"; import * as ns from "n"; export { a, c as e }; export * from "o"; export default function () {}',
      'try { a(); } catch { b(); } finally { c(); } try {} catch ({ message }) {}',
      'if (a) b(); else { c(); d(); } while (x) { y(); } do { z(); } while (0); for (;;) {}',
      'x = a ? b : c, d; void 0, !0, !1; typeof a === "undefined" && b || c ?? d;',
    ];
    for (const code of cases.flatMap(withAndWithoutWith)) assertParsesAsAcorn(code);
  });

  it('reads every word as acorn does when it looks words up by their characters in the source', () => {
    // Names and keywords come from a table of the words read so far, found by their characters
    // before any string is made: escapes, non-ASCII names, names that only differ late, and
    // enough names to make the table grow must all read as acorn reads them.
    const unique = Array.from({ length: 20_000 }, (_, i) => `n${i.toString(36)}`);
    const cases = [
      'var a = 1, ab = 2, ba = 3, abc = a + ab + ba; abc;',
      'var \u0061bc = 1; abc; a\u0062c; \u{62}c;',
      'var café = 1, ñ = café, 名前 = ñ, x\u00e9 = 名前; caf\u00e9 + xé;',
      'var 𠮷 = 1; 𠮷;',
      '\u0069f (x) {}',
      'x.\u0069f; ({ \u0063lass: 1 });',
      'var $ = 1, _ = 2, $_$0 = 3, $$ = $ + _;',
      'var iff = 1, iF = 2, If = 3; if (iff) iF; else If;',
      'var yieldx, awaitx, letx; function* g() { yieldx = yield; }',
      `var ${unique.join(', ')}; ${unique.slice(0, 500).join(' + ')};`,
      'x = 1; \u0078 = 2; \u{78}++;',
    ];
    for (const code of cases.flatMap(withAndWithoutWith)) assertParsesAsAcorn(code);
  });

  it('falls back to reading words as acorn does when names are crafted to hash alike', () => {
    // Names that all start probing at one slot of the word table: each lookup would walk past
    // every earlier one (quadratic in the number of names). Past a bounded probe the table gives
    // up, and the parser reads words as acorn does, with the same tree.
    const words = new Words();
    const slot0 = (w: string) => firstSlot(hashWord(w), words.strings.length - 1);
    const alike: string[] = [];
    for (let i = 0; alike.length < 300; i++) {
      const w = `v${i.toString(36)}`;
      if (slot0(w) === 7) alike.push(w);
    }
    let flooded = -1;
    for (let i = 0; i < alike.length && flooded < 0; i++) if (words.slotOfString(alike[i], /^(?:if)$/) < 0) flooded = i;
    assert.ok(flooded > 0 && flooded <= 200, `gave up after ${flooded} alike names`);
    assert.ok(words.flooded);
    const code = `var ${alike.join(', ')}; ${alike.join(' + ')}; if (x) y;`;
    assertParsesAsAcorn(code);
    const parsed = parseAndCollect(code, {});
    assert.ok(parsed.ok);
    // Names read after the fallback are the source's names all the same.
    assert.strictEqual(parsed.ast.body[1].expression.right.name, alike[alike.length - 1]);
  });

  it('ties each assignment to the binding it writes, through hoisting and shadowing', () => {
    // How many assignments the top-level `x` gets.
    const cases: [string, number][] = [
      ['var x = 1; x = 2;', 1],
      ['var x = 1; function f() { x = 2 }', 1],
      ['var x = 1; function f() { x = 2; var x; }', 0],
      ['var x = 1; function f() { { x = 2; } let y; }', 1],
      ['var x = 1; { let x; x = 2; }', 0],
      ['var x = 1; { x = 2; } { let x; }', 1],
      ['var x = 1; try {} catch (x) { x = 2 }', 0],
      ['var x = 1; try {} catch (e) { x = 2 }', 1],
      ['var x = 1; var f = function x() { x = 2 };', 0],
      ['var x = 1; var f = function g() { x = 2 };', 1],
      ['var x = 1; var f = (x = 2) => x;', 0],
      ['var x = 1; var f = (y = 2) => { x = y };', 1],
      ['var x = 1; x++; x += 1;', 2],
      ['x = 0; var x = 1;', 1],
      ['var x = 1; class C { static { x = 2; } }', 1],
      ['var x = 1; class C { static { var x; x = 2; } }', 0],
      ['var x = 1; function f(x) { x = 2 }', 0],
      ['var x = 1; for (let x = 0; ; ) { x = 3 }', 0],
      ['var x = 1; for (;;) { var y; x = 3 }', 1],
      ['var x = 1; const g = () => { x = 2 };', 1],
      ['var x = 1; function f() { function x() {} x = 2 }', 0],
      ['var x = 1; if (a) { function x() {} } x = 2;', 1],
    ];
    for (const [code, count] of cases) {
      const r = parseAndCollect(code, {});
      assert.ok(r.ok, code);
      const b = r.facts.programScope.lookup('x');
      assert.ok(b, code);
      assert.strictEqual(b.assignments?.length ?? 0, count, code);
    }
  });


  it('binds a name to its last declaration in a scope, whether the scope binds names one by one or all at once', () => {
    // A scope with few declarations binds the name asked for; one with many binds all of them.
    const filler = Array.from({ length: 20 }, (_, i) => `var z${i};`).join(' ');
    for (const pad of ['', filler]) {
      const code = `function f(a, [b], c) { ${pad} var a = 1; var g = function () {}; var g = 2; var h = once(() => 1); let {p: {q: [x]}} = o; function k() {} var k; return c }`;
      const r = parseAndCollect(code, {});
      assert.ok(r.ok);
      const infos = [...r.facts.functions.values()];
      const scope = infos.find((i) => i.name === 'f')!.scope;
      const what = pad ? 'all at once' : 'one by one';
      assert.strictEqual(scope.lookup('a')?.kind, 'var', `a later var overrides a parameter (${what})`);
      assert.deepStrictEqual(scope.lookup('b')?.path, [0], what);
      assert.strictEqual(scope.lookup('c')?.paramIndex, 2, what);
      assert.deepStrictEqual(scope.lookup('x')?.path, ['p', 'q', 0], what);
      assert.strictEqual(scope.lookup('k')?.kind, 'var', what);
      assert.strictEqual(scope.lookup('a'), scope.lookup('a'), `one Binding object per name (${what})`);
      assert.strictEqual(scope.lookup('nope'), undefined, what);
      const byNode = (type: string, name?: string) => infos.find((i) => i.node.type === type && (name === undefined || i.name === name))!;
      // `var g = function…` loses the name to the later `var g = 2`; `var h = once(() => …)` keeps it.
      assert.strictEqual(functionBinding(byNode('FunctionExpression', 'g')), undefined, what);
      assert.strictEqual(functionBinding(byNode('ArrowFunctionExpression', 'h')), scope.lookup('h'), what);
      assert.ok(functionBinding(byNode('ArrowFunctionExpression', 'h')), what);
      assert.strictEqual(functionBinding(infos.find((i) => i.name === 'f')!)?.kind, 'function', what);
    }
  });
  it('reports broken JavaScript as a parse error for that file', () => {
    const r = analyzeSource('broken.js', 'function (');
    assert.strictEqual(r.error?.kind, 'parse');
    assert.match(r.error!.reason, /Invalid JavaScript/);
  });

  it('walks 100k levels of nesting without overflowing, and reports parser stack exhaustion as such', () => {
    // Deep enough for acorn's recursive descent to run out of stack: reported as 'stack'.
    const deep = 'x = ' + '['.repeat(200_000) + ']'.repeat(200_000) + ';';
    const r = analyzeSource('deep.js', deep);
    assert.strictEqual(r.error?.kind, 'stack');
    assert.match(r.error!.reason, /stack/i);
    // Long chains the parser still accepts are analysed.
    const wide = 'var y = ' + Array.from({ length: 3_000 }, () => 'process.env.A').join(' + ') + ';';
    const w = analyzeSource('wide.js', wide);
    assert.strictEqual(w.error, undefined);
    assert.ok('A' in w.inventory.envVars);
    // Walks after the parse (descendants, ancestors) have no depth limit: a 500k-deep tree.
    let expr: Node = { type: 'Identifier', name: 'a', start: 0, end: 1 };
    for (let i = 0; i < 500_000; i++) expr = { type: 'UnaryExpression', operator: '!', prefix: true, argument: expr, start: 0, end: 1 };
    const program: Node = { type: 'Program', sourceType: 'script', start: 0, end: 1, body: [{ type: 'ExpressionStatement', expression: expr, start: 0, end: 1 }] };
    let seen = 0;
    forEachDescendant(program, (n) => void (n.type === 'UnaryExpression' && seen++), 1_000_000);
    assert.strictEqual(seen, 500_000);
  });
});

describe('engine: static decoding (no eval)', () => {
  it('decodes base64, hex, char codes, reversal and XOR decoders', () => {
    assert.strictEqual(evalLast('atob("aGVsbG8=")'), 'hello');
    assert.strictEqual(evalLast('Buffer.from("68656c6c6f", "hex").toString("utf8")'), 'hello');
    assert.strictEqual(evalLast('String.fromCharCode(...[104, 105])'), 'hi');
    assert.strictEqual(evalLast('"olleh".split("").reverse().join("")'), 'hello');
    assert.strictEqual(evalLast('const K = "k"; function d(s){ return s.split("").map((c, i) => String.fromCharCode(c.charCodeAt(0) ^ K.charCodeAt(i % K.length))).join(""); } d("\\x03\\x0e\\x07\\x07\\x04")'), 'hello');
    assert.strictEqual(evalLast('function d(a){ let o=""; for (const n of a) o += String.fromCharCode(n - 1); return o } d([105, 102, 109, 109, 112])'), 'hello');
    assert.strictEqual(evalLast('`${"a"}-${1 + 2}`'), 'a-3');
    assert.strictEqual(evalLast('new TextDecoder().decode(new Uint8Array([104, 105]))'), 'hi');
  });

  it('gives up on what is not a pure literal computation', () => {
    assert.strictEqual(evalLast('process.env.X.split("")'), undefined);
    assert.strictEqual(evalLast('require("fs").readFileSync("/etc/passwd", "utf8")'), undefined);
    assert.strictEqual(evalLast('fetch("https://x")'), undefined);
  });

  it('stops infinite loops and runaway strings at the budget', () => {
    const t0 = Date.now();
    assert.strictEqual(evalLast('function f(){ while (true) {} } f()'), undefined);
    assert.strictEqual(evalLast('function g(){ let s = "a"; for (;;) s += s; } g()'), undefined);
    assert.strictEqual(evalLast('function h(n){ return h(n + 1) } h(0)'), undefined);
    assert.ok(Date.now() - t0 < 5000);
  });

  it('keeps a share of the step budget for code after a costly stretch of the file', () => {
    // An obfuscated module whose every string goes through a costly decoder, then (more than a
    // megabyte later) the code that matters: the module may not spend what the rest needs.
    const heavy = Array.from({ length: 40 }, () => 'dec(5000);').join('\n');
    const code = `function dec(n){let s=0;for(let i=0;i<n;i++)s+=i;return s}\n${heavy}\n/* ${'licence text '.repeat(90_000)} */\ndec(10);`;
    const parsed = parseAndCollect(code, {});
    assert.ok(parsed.ok);
    const { ast, facts } = parsed;
    const ev = new Interpreter(
      { functions: facts.functions, root: ast as unknown as Node },
      { steps: 250_000, startupSteps: 100_000, fileSteps: 1_000_000, stretchSteps: 200_000, fileStartupSteps: 100_000, maxString: 1 << 20, maxArray: 1 << 16, maxDepth: 64 },
    );
    const body = (ast as unknown as Node).body as Node[];
    const early = body.slice(1, -1).map((s) => ev.evaluate(s.expression, facts.programScope as never));
    const decoded = early.filter((v) => v === 12_497_500).length;
    // The costly stretch decodes all it can beyond its own share while a quarter of the file's budget stays...
    assert.ok(decoded >= 15 && decoded < 40, `decoded ${decoded}`);
    // ...and the code a megabyte later is still evaluated.
    assert.strictEqual(ev.evaluate(body[body.length - 1].expression, facts.programScope as never), 45);
  });

  it('never touches the real global object', () => {
    const parsed = parseSource('globalThis.process.exit(1)');
    assert.ok(parsed.ok);
    const ev = new Interpreter({ functions: new Map(), root: parsed.ast as unknown as Node });
    const expr = (parsed.ast as unknown as Node).body[0].expression;
    assert.strictEqual(ev.evaluate(expr, undefined), UNKNOWN);
  });
});

describe('engine: name resolution in minified shapes', () => {
  const cases: [string, string][] = [
    ['alias', 'var e=process.env;const a=e.GEMINI_BASE_URL;'],
    ['destructuring', 'const{GEMINI_BASE_URL:a}=process.env;'],
    ['computed key', 'const k="GEMINI_"+"BASE_URL";const a=process.env[k];'],
    ['bracket env', 'const a=process["env"]["GEMINI_BASE_URL"];'],
    ['globalThis', 'const a=globalThis.process.env.GEMINI_BASE_URL;'],
    ['a function that returns it', 'function g(){return process.env}var e=g();const a=e.GEMINI_BASE_URL;'],
  ];
  for (const [name, code] of cases) {
    it(`finds env reads through ${name}`, () => {
      const r = analyzeSource('x.js', code);
      assert.strictEqual(r.inventory.envVars.GEMINI_BASE_URL, 'endpoint', JSON.stringify(r.inventory.envVars));
    });
  }

  it("does not give a method's parameter the arguments of another function's calls", () => {
    const tz = 'Intl.DateTimeFormat().resolvedOptions().timeZone';
    const gate = 'if(["Asia/Shanghai","Asia/Urumqi"].includes(h))process.exit(1)';
    // A bare send(…) calls the function named send, not the object's method.
    const method = analyzeSource('x.js', `const o={send(h){${gate}}};function send(x){}send(${tz});o.send("x");`);
    assert.deepStrictEqual(method.findings.filter((f) => f.ruleId === 'env-gated-behavior'), []);
    const fn = analyzeSource('x.js', `function send(h){${gate}}send(${tz});`);
    assert.strictEqual(fn.findings.filter((f) => f.ruleId === 'env-gated-behavior').length, 1);
  });

  it("follows a parameter to its function's own calls even when many other functions share the name", () => {
    // Minified bundles reuse short names in every module: 40 other functions called `e` come first.
    const others = Array.from({ length: 40 }, (_, i) => `(function(){function e(x){return x}e(${i})})();`).join('');
    const code = `${others}function e(h){if(["Asia/Shanghai","Asia/Urumqi"].includes(h))process.exit(1)}e(Intl.DateTimeFormat().resolvedOptions().timeZone);`;
    const r = analyzeSource('x.js', code);
    assert.strictEqual(r.findings.filter((f) => f.ruleId === 'env-gated-behavior').length, 1);
  });

  it('does not take the members of an imported module for env reads', () => {
    const r = analyzeSource('x.js', 'var m=__toESM(require_config());var n=require("config");const a=m.GEMINI_BASE_URL,b=n.OPENAI_BASE_URL,c=process.env.HTTPS_PROXY;');
    assert.deepStrictEqual(Object.keys(r.inventory.envVars), ['HTTPS_PROXY']);
  });

  const hostCases: [string, string][] = [
    ['require', 'const o=require("os");o.hostname();'],
    ['node: prefix and (0, x)()', 'const o=require("node:os");(0,o.hostname)();'],
    ['__require', 'var o=__require("os");o.userInfo();'],
    ['import *', 'import * as o from "os"; o.hostname();'],
    ['default import', 'import o from "node:os"; o.networkInterfaces();'],
    ['named import', 'import { hostname as h } from "os"; h();'],
    ['esbuild interop', 'var o=__toESM(require("os"));o.default.hostname();'],
  ];
  for (const [name, code] of hostCases) {
    it(`finds host identity through ${name}`, () => {
      const r = analyzeSource('x.js', code);
      assert.ok(r.inventory.hostIdentity.length > 0, name);
    });
  }

  it('follows Intl aliases and return-value summaries through memoising wrappers', () => {
    const code = 'var I=Intl;const m=(f)=>{let v;return()=>v??=f()};const z=m(()=>I.DateTimeFormat().resolvedOptions().timeZone);function q(){return["Asia/Shanghai","Asia/Urumqi"].includes(z())}';
    const r = analyzeSource('x.js', code);
    assert.ok(r.inventory.timeZone);
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['env-gated-behavior']);
    assert.ok(r.findings[0].trace.some((s) => s.role === 'source'));
  });
});

describe('engine: finding shape', () => {
  it('carries a location, values, a trace with locations and a fingerprint free of names and offsets', () => {
    const code = 'function t(){return Intl.DateTimeFormat().resolvedOptions().timeZone}\nif(["Asia/Shanghai","Asia/Urumqi"].includes(t()))process.exit(1)';
    const [f] = analyzeSource('a.js', code).findings;
    assert.strictEqual(f.ruleId, 'env-gated-behavior');
    assert.deepStrictEqual(f.values, ['Asia/Shanghai', 'Asia/Urumqi']);
    assert.strictEqual(f.location.line, 2);
    assert.ok(f.location.endOffset > f.location.offset);
    assert.deepStrictEqual(f.trace.map((s) => s.role), ['source', 'transform', 'condition', 'effect']);
    for (const s of f.trace) assert.ok(s.location.line >= 1 && s.location.offset >= 0);
    const renamed = analyzeSource('b.js', '\n\n' + code.replace(/\bt\b/g, 'getZoneName'));
    assert.strictEqual(renamed.findings[0].fingerprint, f.fingerprint);
  });
});
