import * as esbuild from 'esbuild';
import { UNITS, type NodeModule, type Program, type UnitName } from './generator';

/*
 * Module systems and transforms: how a generated program is written out as a real bundle would
 * ship it. The bundles themselves come from the real tools (esbuild's bundler and minifier,
 * terser, javascript-obfuscator); the module wrappers esbuild does not make (Bun's CommonJS
 * wrapper, webpack's numeric module table) are written in the shapes those bundlers emit.
 */

export const MODULE_SYSTEMS = ['cjs', 'esm', 'bun-cjs', 'webpack', 'esbuild-esm', 'esbuild-cjs', 'esbuild-lazy', 'esbuild-split', 'cjs-split'] as const;
export type ModuleSystem = (typeof MODULE_SYSTEMS)[number];
export const TRANSFORMS = ['plain', 'esbuild-minify', 'terser', 'obfuscator-base64', 'obfuscator-rc4'] as const;
export type Transform = (typeof TRANSFORMS)[number];

const ALIAS: Record<NodeModule, string> = { os: 'os_', child_process: 'cp_', fs: 'fs_', crypto: 'crypto_', https: 'https_', vscode: 'vscode_', events: 'events_', async_hooks: 'hooks_' };
/** webpack keeps externals as numbered modules that `require` them. */
const WEBPACK_IDS: Record<NodeModule, number> = { os: 857, child_process: 5317, fs: 9896, crypto: 6982, https: 5692, vscode: 1398, events: 4434, async_hooks: 290 };
const UNIT_IDS: Record<UnitName, number> = { list: 4120, probe: 7305, main: 0 };

/** Names a unit refers to with «name» that another unit declares. */
function imports(p: Program, unit: UnitName): Map<UnitName, string[]> {
  const out = new Map<UnitName, string[]>();
  for (const m of p.units[unit].matchAll(/«([\w$]+)»/g)) {
    const from = p.declared.get(m[1]);
    if (!from) throw new Error(`${p.id}: «${m[1]}» is declared by no unit`);
    if (from === unit) continue;
    const list = out.get(from) ?? [];
    if (!list.includes(m[1])) list.push(m[1]);
    out.set(from, list);
  }
  return out;
}

function exportsOf(p: Program, unit: UnitName): string[] {
  return [...p.declared].filter(([, u]) => u === unit).map(([n]) => n);
}

/** A unit's code with «name» resolved (`qualify` says how a name from another unit is written) and modules named. */
function body(p: Program, unit: UnitName, qualify: (name: string, from: UnitName) => string): string {
  return p.units[unit]
    .replace(/«([\w$]+)»/g, (_, n: string) => {
      const from = p.declared.get(n)!;
      return from === unit ? n : qualify(n, from);
    })
    .replace(/%%(\w+)%%/g, (_, m: NodeModule) => ALIAS[m]);
}

function allModules(p: Program): NodeModule[] {
  return [...new Set(UNITS.flatMap((u) => [...p.modules[u]]))];
}

const cjsRequire = (m: NodeModule) => `const ${ALIAS[m]} = require(${JSON.stringify(m === 'vscode' ? 'vscode' : `node:${m}`)});`;
const esmImport = (m: NodeModule) => (m === 'os' || m === 'fs' || m === 'https' ? `import ${ALIAS[m]} from "node:${m}";` : `import * as ${ALIAS[m]} from ${JSON.stringify(m === 'vscode' ? 'vscode' : `node:${m}`)};`);

function singleFile(p: Program): string {
  return UNITS.map((u) => body(p, u, (n) => n)).filter(Boolean).join('\n');
}

function webpack(p: Program): string {
  const mods: string[] = [];
  for (const m of allModules(p)) mods.push(`  ${WEBPACK_IDS[m]}: (module) => {\n    "use strict";\n    module.exports = require(${JSON.stringify(m)});\n  },`);
  const header = (unit: UnitName) => [
    ...[...p.modules[unit]].map((m) => `const ${ALIAS[m]} = __webpack_require__(${WEBPACK_IDS[m]});`),
    ...[...imports(p, unit).keys()].map((from) => `const ${from}_ = __webpack_require__(${UNIT_IDS[from]});`),
  ];
  for (const unit of ['list', 'probe'] as const) {
    const names = exportsOf(p, unit);
    mods.push(`  ${UNIT_IDS[unit]}: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {\n    "use strict";\n    __webpack_require__.d(__webpack_exports__, { ${names.map((n) => `${n}: () => ${n}`).join(', ')} });\n${[...header(unit), body(p, unit, (n, from) => `${from}_.${n}`)].join('\n')}\n  },`);
  }
  return `/******/ (() => {
var __webpack_modules__ = {
${mods.join('\n')}
};
var __webpack_module_cache__ = {};
function __webpack_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== undefined) return cachedModule.exports;
  var module = (__webpack_module_cache__[moduleId] = { exports: {} });
  __webpack_modules__[moduleId](module, module.exports, __webpack_require__);
  return module.exports;
}
__webpack_require__.d = (exports, definition) => {
  for (var key in definition) {
    if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
  }
};
__webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
var __webpack_exports__ = {};
(() => {
${[...header('main'), body(p, 'main', (n, from) => `${from}_.${n}`)].join('\n')}
})();
})();
`;
}

/** The units as ES modules (or main as CommonJS requiring them, for esbuild's lazy wrappers). */
function moduleFiles(p: Program, cjsMain: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (const unit of UNITS) {
    const imp = imports(p, unit);
    const lines: string[] = [];
    if (unit === 'main' && cjsMain) {
      lines.push(...[...p.modules[unit]].map(cjsRequire));
      for (const from of imp.keys()) lines.push(`const ${from}_ = require("./${from}.js");`);
      lines.push(body(p, unit, (n, from) => `${from}_.${n}`));
    } else {
      lines.push(...[...p.modules[unit]].map(esmImport));
      for (const [from, names] of imp) lines.push(`import { ${names.join(', ')} } from "./${from}.js";`);
      lines.push(body(p, unit, (n) => n));
      const names = exportsOf(p, unit);
      if (unit !== 'main' && names.length) lines.push(`export { ${names.join(', ')} };`);
    }
    files[`${unit}.js`] = lines.join('\n');
  }
  return files;
}

/**
 * A program written as a tool's files: one file, or (`esbuild-split`) the chunks esbuild's code
 * splitting writes when each unit is an entry point, as Bun and esbuild ship CLIs: each unit's
 * code in a shared chunk, imported by the others under minified export names.
 */
export async function renderFiles(p: Program, system: ModuleSystem, minify = false): Promise<Record<string, string>> {
  if (system === 'cjs-split') return cjsFiles(p);
  if (system !== 'esbuild-split') return { [`${p.id}.js`]: await render(p, system) };
  const units = moduleFiles(p, false);
  const entries = UNITS.filter((u) => p.units[u].trim()).map((u) => `${u}.js`);
  const r = await esbuild.build({
    entryPoints: entries,
    bundle: true,
    write: false,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: '/out',
    // Minified by the bundler itself, as it ships: export names shortened too (`export { t as a }`).
    minify,
    external: ['vscode'],
    logLevel: 'silent',
    plugins: [virtualUnits(units)],
  });
  return Object.fromEntries(r.outputFiles.map((f) => [f.path.slice('/out/'.length), f.text]));
}

/**
 * A program as a package ships it unbundled (`cjs-split`): each unit its own CommonJS file that
 * `require`s the others, compiled from the ES module units by a real compiler, as packages
 * build them: TypeScript's CommonJS output (`exports.check = check`, `(0, probe_1.check)(…)`)
 * for half the programs, esbuild's (`module.exports = __toCommonJS(…)`, `import_probe.check`)
 * for the other half.
 */
async function cjsFiles(p: Program): Promise<Record<string, string>> {
  const units = moduleFiles(p, false);
  const files: Record<string, string> = {};
  const viaTsc = hashText(p.pair) % 2 === 0;
  for (const [name, code] of Object.entries(units)) {
    if (!code.trim()) continue;
    if (viaTsc) {
      const ts = await import('typescript');
      files[name] = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    } else {
      files[name] = (await esbuild.transform(code, { loader: 'js', format: 'cjs', platform: 'node', target: 'node20' })).code;
    }
  }
  return files;
}

function hashText(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** Writes a program out in a module system, as one file (a split program's files one after the other, for reading). */
export async function render(p: Program, system: ModuleSystem): Promise<string> {
  switch (system) {
    case 'esbuild-split':
    case 'cjs-split':
      return Object.entries(await renderFiles(p, system))
        .map(([name, code]) => `// ===== ${name}\n${code}`)
        .join('\n');
    case 'cjs':
      return `"use strict";\n${allModules(p).map(cjsRequire).join('\n')}\n${singleFile(p)}\n`;
    case 'esm':
      return `${allModules(p).map(esmImport).join('\n')}\n${singleFile(p)}\n`;
    case 'bun-cjs':
      return wrapBun(`${allModules(p).map(cjsRequire).join('\n')}\n${singleFile(p)}\n`);
    case 'webpack':
      return webpack(p);
    case 'esbuild-esm':
      return bundleVirtual(moduleFiles(p, false), 'esm');
    case 'esbuild-cjs':
      return bundleVirtual(moduleFiles(p, false), 'cjs');
    case 'esbuild-lazy':
      return bundleVirtual(moduleFiles(p, true), 'cjs');
  }
}

async function bundleVirtual(files: Record<string, string>, format: 'esm' | 'cjs'): Promise<string> {
  const r = await esbuild.build({
    entryPoints: ['virtual:main.js'],
    bundle: true,
    write: false,
    format,
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'silent',
    plugins: [virtualUnits(files)],
  });
  return r.outputFiles[0].text;
}

/** The units as files esbuild reads from memory (`virtual:main.js` or `main.js`, and `./probe.js` from it). */
function virtualUnits(files: Record<string, string>): esbuild.Plugin {
  return {
    name: 'virtual-units',
    setup(build) {
      build.onResolve({ filter: /^(virtual:main\.js|(\.\/)?\w+\.js)$/ }, (args) => ({ path: args.path.replace(/^virtual:|^\.\//, ''), namespace: 'unit' }));
      build.onLoad({ filter: /.*/, namespace: 'unit' }, (args) => ({ contents: files[args.path], loader: 'js', resolveDir: '/' }));
    },
  };
}

/**
 * Bun's executables keep each CommonJS module as a function of `exports, require, module, …`,
 * added when Bun bundles it: a minifier runs on the module's code before that, never on the
 * wrapper (which, being an uncalled function, it would drop).
 */
export function wrapBun(body: string): string {
  return `// @bun @bun-cjs\n(function(exports, require, module, __filename, __dirname) {\n${body}})\n`;
}

const BUN_HEAD = '// @bun @bun-cjs\n(function(exports, require, module, __filename, __dirname) {\n';

/** The module code inside Bun's wrapper, and how to put it back. */
export function unwrapBun(code: string): { body: string; wrap: (body: string) => string } | undefined {
  if (!code.startsWith(BUN_HEAD) || !code.endsWith('})\n')) return undefined;
  return { body: code.slice(BUN_HEAD.length, -3), wrap: wrapBun };
}

export function isModule(system: ModuleSystem): boolean {
  return system === 'esm' || system === 'esbuild-esm' || system === 'esbuild-split';
}

/** Applies a real minifier or obfuscator; seeded, so a variant is the same on every machine. */
export async function transform(code: string, t: Transform, system: ModuleSystem, seed: number): Promise<string> {
  const bun = system === 'bun-cjs' ? unwrapBun(code) : undefined;
  if (bun) return bun.wrap(await transformCode(bun.body, t, 'cjs', seed));
  return transformCode(code, t, system, seed);
}

async function transformCode(code: string, t: Transform, system: ModuleSystem, seed: number): Promise<string> {
  switch (t) {
    case 'plain':
      return code;
    case 'esbuild-minify':
      return (await esbuild.transform(code, { minify: true, loader: 'js', format: isModule(system) ? 'esm' : undefined })).code;
    case 'terser': {
      const { minify } = await import('terser');
      const r = await minify(code, { module: isModule(system), toplevel: true, compress: { passes: 2 }, mangle: { toplevel: true } });
      return r.code!;
    }
    case 'obfuscator-base64':
    case 'obfuscator-rc4': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const JavaScriptObfuscator = require('javascript-obfuscator');
      return JavaScriptObfuscator.obfuscate(code, {
        seed,
        target: 'node',
        stringArray: true,
        stringArrayThreshold: 1,
        stringArrayEncoding: [t === 'obfuscator-base64' ? 'base64' : 'rc4'],
        identifierNamesGenerator: 'hexadecimal',
      }).getObfuscatedCode();
    }
  }
}
