import { Random } from './random';

/*
 * The generated corpus: complete little programs composed from independent parts (what is
 * sensed and how it is read, how the value travels, the list it is compared with and how that
 * list is hidden, the comparison, what changes, the module system), each with a benign twin
 * built from the same parts whose comparison is ordinary. Nothing here knows how Candor detects
 * anything: the parts are the shapes real bundles use (shared/docs/detection.md), and a program
 * says only what a person reading it would expect a scanner to report.
 *
 * A program is written as three units, `list` (the values and their decoder), `probe` (sensing
 * and the comparison) and `main` (the effect), so that module systems can put them in one file
 * or in several modules. In unit code, `«name»` refers to a name another unit may declare and
 * `%%os%%` to a Node module; render.ts resolves both for each module system.
 */

export type UnitName = 'list' | 'probe' | 'main';
export const UNITS: readonly UnitName[] = ['list', 'probe', 'main'];
export type NodeModule = 'os' | 'child_process' | 'fs' | 'crypto' | 'https' | 'vscode' | 'events' | 'async_hooks';

export type ProgramKind = 'gating' | 'marker' | 'identity';

/** The parts a program was built from, one value per dimension ("-" where it does not apply). */
export interface Dims {
  kind: ProgramKind;
  sense: string;
  access: string;
  carrier: string;
  list: string;
  decoder: string;
  comparison: string;
  effect: string;
  twin: string;
}

export const DIMENSIONS: readonly (keyof Dims)[] = ['kind', 'sense', 'access', 'carrier', 'list', 'decoder', 'comparison', 'effect', 'twin'];

export interface Expectation {
  /** Rules that must report, each at or above its severity (positives); empty for a benign twin. */
  rules: { id: string; min: 'medium' | 'high' }[];
  /** Values a gating alert should name (the compared list, decoded). */
  values: string[];
  /** The effect kinds (Candor's vocabulary is not used: these are the generator's words). */
  effect: string;
}

export interface Program {
  id: string;
  benign: boolean;
  /** The positive a benign twin was built from (its own id for a positive). */
  pair: string;
  dims: Dims;
  units: Record<UnitName, string>;
  /** Which unit declares each top-level name other units refer to. */
  declared: Map<string, UnitName>;
  modules: Record<UnitName, Set<NodeModule>>;
  expect: Expectation;
  /** For a program with a decoded or plain list: the expression that yields it (in single-file form), so the generator's own test can check the encoding. */
  listExpr?: string;
}

// --- Value pools ------------------------------------------------------------------------------
// Broader than any classifier's tables on purpose: a list of real regions, vendors or companies
// as a tool would write it, some of which a scanner may not know.

const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Kashgar', 'Europe/Moscow', 'Europe/Minsk', 'Asia/Tehran', 'Asia/Pyongyang', 'PRC'];
const OFFSETS = [-480, -210, -180, -540];
const LOCALES = ['zh-CN', 'zh-TW', 'zh-HK', 'zh-SG', 'ru-RU', 'fa-IR', 'be-BY'];
const LANG_PREFIXES = ['zh_CN', 'zh_TW', 'zh_HK', 'ru_RU', 'fa_IR'];
const VENDOR_HOSTS = ['api.deepseek.com', 'api.moonshot.cn', 'open.bigmodel.cn', 'dashscope.aliyuncs.com', 'api.minimax.chat', 'api.siliconflow.cn', 'openrouter.ai', 'ark.cn-beijing.volces.com', 'api.lingyiwanwu.com', 'api.stepfun.com', 'api.baichuan-ai.com', 'qianfan.baidubce.com', 'hunyuan.tencentcloudapi.com', 'api.groq.com', 'api.together.xyz', 'api.x.ai'];
const VENDOR_WORDS = ['deepseek', 'moonshot', 'kimi', 'zhipu', 'bigmodel', 'qwen', 'dashscope', 'minimax', 'siliconflow', 'openrouter', 'volces', 'doubao', 'baichuan', 'stepfun', 'lingyiwanwu', 'hunyuan'];
const ORG_DOMAINS = ['bytedance.com', 'alibaba-inc.com', 'antgroup.com', 'tencent.com', 'baidu.com', 'huawei.com', 'meituan.com', 'xiaomi.com', 'kuaishou.com', 'netease.com', 'iflytek.com', 'sensetime.com'];
const VENDOR_ENV_NAMES = ['DEEPSEEK_API_KEY', 'MOONSHOT_API_KEY', 'DASHSCOPE_API_KEY', 'ZHIPUAI_API_KEY', 'ARK_API_KEY', 'MINIMAX_API_KEY', 'SILICONFLOW_API_KEY', 'QIANFAN_ACCESS_KEY', 'OPENROUTER_API_KEY', 'KIMI_API_KEY'];
/**
 * Names that belong to one company: a list of only these names one vendor (a compatibility check
 * for that vendor's API is ordinary), so a list is drawn to name at least two companies.
 */
const SAME_OWNER: string[][] = [['moonshot', 'kimi', 'MOONSHOT_API_KEY', 'KIMI_API_KEY'], ['zhipu', 'bigmodel', 'ZHIPUAI_API_KEY'], ['qwen', 'dashscope', 'DASHSCOPE_API_KEY'], ['volces', 'doubao', 'ARK_API_KEY']];
const ownerOf = (v: string | number) => SAME_OWNER.findIndex((g) => g.includes(String(v)));

/** The tool's own vendor, as the catalog gives it to Candor (`firstPartyHosts`). */
export const FIRST_PARTY = ['api.anthropic.com', 'anthropic.com'];

// --- Building blocks --------------------------------------------------------------------------

class Builder {
  code: Record<UnitName, string[]> = { list: [], probe: [], main: [] };
  declared = new Map<string, UnitName>();
  modules: Record<UnitName, Set<NodeModule>> = { list: new Set(), probe: new Set(), main: new Set() };
  private used = new Set<string>();
  constructor(readonly rnd: Random) {}

  /** A fresh top-level name from a pool of ordinary words. */
  name(pool: readonly string[]): string {
    for (let i = 0; ; i++) {
      const base = this.rnd.pick(pool);
      const n = i < 3 ? base : `${base}${i}`;
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }

  /** A name no other part of the program uses, from `base`, drawing nothing from the random stream (so the programs drawn before it stay the same). */
  fresh(base: string): string {
    for (let i = 1; ; i++) {
      const n = i === 1 ? base : `${base}${i}`;
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }

  /** Adds top-level code to a unit, declaring `names` there. */
  add(unit: UnitName, code: string, names: string[] = []): void {
    this.code[unit].push(code);
    for (const n of names) this.declared.set(n, unit);
  }

  mod(unit: UnitName, m: NodeModule): string {
    this.modules[unit].add(m);
    return `%%${m}%%`;
  }
}

const q = (s: string) => JSON.stringify(s);
const ref = (n: string) => `«${n}»`;

/** A sensed value: the expression that reads it, in `unit` (declarations go there too). */
interface Sensed {
  sense: string;
  access: string;
  /** How the value is compared: exactly, by prefix, by suffix (hosts, e-mail domains), as a substring, or a list of names. */
  mode: 'exact' | 'prefix' | 'suffix' | 'substring' | 'names' | 'keys-of' | 'number';
  pool: readonly (string | number)[];
  expr: string;
}

/** `r` decides the shape (so a throwaway call tells a sense's mode); `b` declares the names. */
type SenseMaker = (b: Builder, unit: UnitName, r: Random) => Sensed;

const ENDPOINT_VARS = ['ANTHROPIC_BASE_URL', 'OPENAI_BASE_URL', 'HTTPS_PROXY', 'https_proxy', 'OPENAI_API_BASE', 'ALL_PROXY'];

/** Ways a tool reads one environment variable. */
function envRead(b: Builder, unit: UnitName, name: string, access: string): string {
  switch (access) {
    case 'env-direct':
      return `process.env.${name}`;
    case 'env-alias': {
      const e = b.name(['env', 'vars', 'environ', 'penv']);
      b.add(unit, `const ${e} = process.env;`, [e]);
      return `${ref(e)}.${name}`;
    }
    case 'env-destructure': {
      const v = b.name(['configured', 'fromEnv', 'raw', 'setting']);
      b.add(unit, `const { ${name}: ${v} = "" } = process.env;`, [v]);
      return ref(v);
    }
    case 'env-computed': {
      const k = b.name(['KEY', 'VAR_NAME', 'envKey']);
      const cut = Math.max(1, name.indexOf('_') + 1);
      b.add(unit, `const ${k} = ${q(name.slice(0, cut))} + ${q(name.slice(cut))};`, [k]);
      return `process.env[${ref(k)}]`;
    }
    case 'env-keylist': {
      const keys = b.name(['KEYS', 'CANDIDATES', 'ENV_KEYS']);
      const f = b.name(['firstSet', 'readFirst', 'envValue']);
      const others = ENDPOINT_VARS.filter((v) => v !== name).slice(0, 2);
      b.add(unit, `const ${keys} = [${[name, ...others].map(q).join(', ')}];\nfunction ${f}() {\n  for (const k of ${keys}) {\n    if (process.env[k]) return process.env[k];\n  }\n  return "";\n}`, [keys, f]);
      return `${ref(f)}()`;
    }
    case 'env-entries': {
      const suffix = name.slice(name.lastIndexOf('_', name.length - 5));
      return `(Object.entries(process.env).find(([k]) => k.endsWith(${q(suffix)})) || [])[1]`;
    }
  }
  throw new Error(access);
}

const ENV_ACCESS = ['env-direct', 'env-alias', 'env-destructure', 'env-computed', 'env-keylist', 'env-entries'];

const SENSES: Record<string, SenseMaker> = {
  timezone(b, unit, r) {
    const access = r.pick(['intl', 'intl-options', 'env-TZ', 'offset']);
    if (access === 'offset') return { sense: 'timezone', access, mode: 'number', pool: OFFSETS, expr: 'new Date().getTimezoneOffset()' };
    if (access === 'env-TZ') return { sense: 'timezone', access, mode: 'exact', pool: ZONES, expr: `(${envRead(b, unit, 'TZ', r.pick(['env-direct', 'env-alias', 'env-destructure']))} || "")` };
    if (access === 'intl-options') {
      const o = b.name(['fmt', 'resolved', 'dtOptions']);
      b.add(unit, `const ${o} = new Intl.DateTimeFormat().resolvedOptions();`, [o]);
      return { sense: 'timezone', access, mode: 'exact', pool: ZONES, expr: `${ref(o)}.timeZone` };
    }
    return { sense: 'timezone', access, mode: 'exact', pool: ZONES, expr: 'Intl.DateTimeFormat().resolvedOptions().timeZone' };
  },
  locale(b, unit, r) {
    const access = r.pick(['env-LANG', 'intl', 'navigator']);
    if (access === 'env-LANG') return { sense: 'locale', access, mode: 'prefix', pool: LANG_PREFIXES, expr: `(process.env.LC_ALL || ${envRead(b, unit, 'LANG', r.pick(['env-direct', 'env-alias']))} || "")` };
    if (access === 'navigator') return { sense: 'locale', access, mode: 'exact', pool: LOCALES, expr: '(typeof navigator !== "undefined" ? navigator.language : "")' };
    return { sense: 'locale', access, mode: 'exact', pool: LOCALES, expr: 'Intl.DateTimeFormat().resolvedOptions().locale' };
  },
  endpoint(b, unit, r) {
    const access = r.pick(ENV_ACCESS);
    const raw = envRead(b, unit, r.pick(ENDPOINT_VARS), access);
    const parse = r.pick(['hostname', 'host', 'helper', 'raw']);
    if (parse === 'raw') return { sense: 'endpoint', access: `${access}+raw`, mode: 'substring', pool: VENDOR_WORDS, expr: `String(${raw} || "").toLowerCase()` };
    if (parse === 'helper') {
      const h = b.name(['hostOf', 'parseHost', 'domainOf']);
      b.add(unit, `function ${h}(u) {\n  try {\n    return new URL(u).hostname.toLowerCase();\n  } catch {\n    return "";\n  }\n}`, [h]);
      return { sense: 'endpoint', access: `${access}+url-helper`, mode: 'suffix', pool: VENDOR_HOSTS, expr: `${ref(h)}(${raw})` };
    }
    return { sense: 'endpoint', access: `${access}+url.${parse}`, mode: 'suffix', pool: VENDOR_HOSTS, expr: `new URL(${raw} || "http://localhost").${parse}` };
  },
  'env-names'(_b, _unit, r) {
    const access = r.pick(['keys', 'entries', 'object']);
    if (access === 'object') return { sense: 'env-names', access, mode: 'keys-of', pool: VENDOR_ENV_NAMES, expr: 'process.env' };
    return { sense: 'env-names', access, mode: 'names', pool: VENDOR_ENV_NAMES, expr: access === 'keys' ? 'Object.keys(process.env)' : 'Object.entries(process.env).map(([k]) => k)' };
  },
  hostname(b, unit, r) {
    const access = r.pick(['os.hostname', 'env-HOSTNAME']);
    const os = b.mod(unit, 'os');
    return { sense: 'hostname', access, mode: 'suffix', pool: ORG_DOMAINS, expr: access === 'os.hostname' ? `${os}.hostname().toLowerCase()` : `(process.env.HOSTNAME || ${os}.hostname())` };
  },
  git(b, unit, r) {
    const access = r.pick(['execSync', 'execFileSync']);
    const cp = b.mod(unit, 'child_process');
    const expr = access === 'execSync' ? `${cp}.execSync("git config user.email", { encoding: "utf8" }).trim()` : `${cp}.execFileSync("git", ["config", "--get", "user.email"]).toString().trim()`;
    return { sense: 'git', access, mode: 'suffix', pool: ORG_DOMAINS, expr };
  },
};

// --- Lists and how they are hidden ------------------------------------------------------------

type ListRep = 'array' | 'set' | 'map' | 'regex' | 'object' | 'inline' | 'decoded';

interface ListRef {
  rep: ListRep;
  decoder: string;
  /** An expression for the list (array, Set, Map, RegExp or object), valid in any unit. */
  expr: string;
  values: (string | number)[];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const bytesB64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

function rc4(data: number[], key: string): number[] {
  const S = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + S[i] + key.charCodeAt(i % key.length)) % 256;
    [S[i], S[j]] = [S[j], S[i]];
  }
  let i = 0;
  j = 0;
  return data.map((c) => {
    i = (i + 1) % 256;
    j = (j + S[i]) % 256;
    [S[i], S[j]] = [S[j], S[i]];
    return c ^ S[(S[i] + S[j]) % 256];
  });
}

export const DECODERS = ['base64-buffer', 'base64-atob', 'hex', 'xor-for-of', 'xor-key-index', 'xor-spread', 'xor-typed-array', 'char-shift', 'reverse', 'char-codes', 'string-table', 'rc4'] as const;
export const CALL_STYLES = ['top-level', 'function', 'memo', 'lazy-init', 'lazy-memo'] as const;

/**
 * A decoded list: the encoded blob, a decoder written the way bundles write them, and a call
 * style (at top level, in a function, through a memo, inside a lazy initialiser).
 */
function decodedList(b: Builder, values: string[], decoder: string, style: string, numeric = false): string {
  const D = b.name(['decode', 'unpack', 'dec', 'restore', 'fromBlob']);
  const sep = b.rnd.pick([',', '|', ';', '\n', 'json']);
  const joined = sep === 'json' ? (numeric ? `[${values.join(',')}]` : JSON.stringify(values)) : values.join(sep);
  // Numbers (UTC offsets) come back as numbers, or === against getTimezoneOffset() would never hold.
  const split = sep === 'json' ? (x: string) => `JSON.parse(${x})` : (x: string) => `${x}.split(${q(sep)})${numeric ? '.map(Number)' : ''}`;
  const bytes = [...Buffer.from(joined, 'utf8')];
  const K = 17 + b.rnd.int(200);
  const key = b.rnd.pick(['k3y', 'salt', 'x9Q', 'm0d3l']);
  let decoderCode: string;
  let call: string; // an expression yielding the list
  switch (decoder) {
    case 'base64-buffer':
      decoderCode = `function ${D}(s) {\n  return Buffer.from(s, "base64").toString("utf8");\n}`;
      call = split(`${D}(${q(b64(joined))})`);
      break;
    case 'base64-atob':
      decoderCode = `const ${D} = (s) => decodeURIComponent(escape(atob(s)));`;
      call = split(`${D}(${q(b64(joined))})`);
      break;
    case 'hex':
      decoderCode = b.rnd.chance(0.5)
        ? `function ${D}(h) {\n  return Buffer.from(h, "hex").toString();\n}`
        : `function ${D}(h) {\n  return h.match(/../g).map((x) => String.fromCharCode(parseInt(x, 16))).join("");\n}`;
      call = split(`${D}(${q(Buffer.from(joined, 'utf8').toString('hex'))})`);
      break;
    case 'xor-for-of':
      decoderCode = `function ${D}(s) {\n  let out = "";\n  for (const c of Buffer.from(s, "base64")) out += String.fromCharCode(c ^ ${K});\n  return out;\n}`;
      call = split(`${D}(${q(bytesB64(bytes.map((c) => c ^ K)))})`);
      break;
    case 'xor-key-index':
      decoderCode = `function ${D}(s, k) {\n  const b = Buffer.from(s, "base64");\n  let out = "";\n  for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i] ^ k.charCodeAt(i % k.length));\n  return out;\n}`;
      call = split(`${D}(${q(bytesB64(bytes.map((c, i) => c ^ key.charCodeAt(i % key.length))))}, ${q(key)})`);
      break;
    case 'xor-spread':
      decoderCode = `const ${D} = (s) => String.fromCharCode(...[...Buffer.from(s, "base64")].map((c) => c ^ ${K}));`;
      call = split(`${D}(${q(bytesB64(bytes.map((c) => c ^ K)))})`);
      break;
    case 'xor-typed-array':
      decoderCode = `function ${D}(s) {\n  const raw = atob(s);\n  const u = new Uint8Array(raw.length);\n  for (let i = 0; i < raw.length; i++) u[i] = raw.charCodeAt(i) ^ ${K};\n  return new TextDecoder().decode(u);\n}`;
      call = split(`${D}(${q(bytesB64(bytes.map((c) => c ^ K)))})`);
      break;
    case 'char-shift': {
      const n = 1 + b.rnd.int(5);
      decoderCode = `function ${D}(s) {\n  return s.split("").map((c) => String.fromCharCode(c.charCodeAt(0) - ${n})).join("");\n}`;
      call = split(`${D}(${q(String.fromCharCode(...[...joined].map((c) => c.charCodeAt(0) + n)))})`);
      break;
    }
    case 'reverse':
      decoderCode = b.rnd.chance(0.5) ? `const ${D} = (s) => s.split("").reverse().join("");` : `const ${D} = (s) => [...s].reverse().join("");`;
      call = split(`${D}(${q([...joined].reverse().join(''))})`);
      break;
    case 'char-codes': {
      const data = b.name(['CODES', 'TABLE', 'DATA']);
      b.add('list', `const ${data} = ${JSON.stringify(values.map((v) => [...v].map((c) => c.charCodeAt(0))))};`, [data]);
      decoderCode = `const ${D} = (a) => String.fromCharCode(...a);`;
      call = `${data}.map(${D})${numeric ? '.map(Number)' : ''}`;
      break;
    }
    case 'string-table': {
      const T = b.name(['_t', 'STRS', 'tbl']);
      const off = 0x1a + b.rnd.int(0x200);
      b.add('list', `const ${T} = ${JSON.stringify(values.map(b64))};`, [T]);
      decoderCode = `function ${D}(i) {\n  return Buffer.from(${T}[i - ${off}], "base64").toString();\n}`;
      call = `[${values.map((_, i) => `${D}(${off + i})`).join(', ')}]${numeric ? '.map(Number)' : ''}`;
      break;
    }
    case 'rc4':
      decoderCode = `function ${D}(s, key) {\n  const S = [];\n  for (let i = 0; i < 256; i++) S[i] = i;\n  let j = 0;\n  for (let i = 0; i < 256; i++) {\n    j = (j + S[i] + key.charCodeAt(i % key.length)) % 256;\n    const t = S[i];\n    S[i] = S[j];\n    S[j] = t;\n  }\n  const data = atob(s);\n  let out = "";\n  for (let y = 0, i = 0, k = 0; y < data.length; y++) {\n    i = (i + 1) % 256;\n    k = (k + S[i]) % 256;\n    const t = S[i];\n    S[i] = S[k];\n    S[k] = t;\n    out += String.fromCharCode(data.charCodeAt(y) ^ S[(S[i] + S[k]) % 256]);\n  }\n  return out;\n}`;
      call = split(`decodeURIComponent(escape(${D}(${q(bytesB64(rc4(bytes, key)))}, ${q(key)})))`);
      break;
    default:
      throw new Error(decoder);
  }
  b.add('list', decoderCode, [D]);
  const L = b.name(['LIST', 'NAMES', 'ITEMS', 'ENTRIES', 'KNOWN']);
  switch (style) {
    case 'top-level':
      b.add('list', `const ${L} = ${call};`, [L]);
      return ref(L);
    case 'function':
      b.add('list', `function ${L}() {\n  return ${call};\n}`, [L]);
      return `${ref(L)}()`;
    case 'memo': {
      const once = b.name(['once', 'memoize', 'lazy']);
      b.add('list', `function ${once}(fn) {\n  let done = false;\n  let value;\n  return () => {\n    if (!done) {\n      value = fn();\n      done = true;\n    }\n    return value;\n  };\n}\nconst ${L} = ${once}(() => ${call});`, [once, L]);
      return `${ref(L)}()`;
    }
    case 'lazy-init': {
      const init = b.name(['init_list', 'init_data', 'init_known']);
      b.add('list', `var ${L};\nvar ${init} = ${esmHelper(b, 'list')}(() => {\n  ${L} = ${call};\n});`, [L, init]);
      return `(${ref(init)}(), ${ref(L)})`;
    }
    case 'lazy-memo': {
      const init = b.name(['init_list', 'init_data', 'init_known']);
      const once = b.name(['once', 'memoize', 'lazy']);
      b.add('list', `function ${once}(fn) {\n  let value;\n  return () => value ?? (value = fn());\n}\nvar ${L};\nvar ${init} = ${esmHelper(b, 'list')}(() => {\n  ${L} = ${once}(() => ${call});\n});`, [once, L, init]);
      return `(${ref(init)}(), ${ref(L)}())`;
    }
  }
  throw new Error(style);
}

/** esbuild's lazy-initialiser helper, as it appears in bundles, declared once per program. */
function esmHelper(b: Builder, unit: UnitName): string {
  if (!b.declared.has('__esm')) b.add(unit, 'var __esm = (fn, res) => function __init() {\n  return fn && (res = (0, fn)((fn = 0))), res;\n};', ['__esm']);
  return ref('__esm');
}

function plainList(b: Builder, values: (string | number)[], rep: ListRep, mode: Sensed['mode']): string {
  const L = b.name(['LIST', 'NAMES', 'ITEMS', 'ENTRIES', 'KNOWN', 'BLOCKED']);
  const lit = values.map((v) => (typeof v === 'number' ? String(v) : q(v))).join(', ');
  switch (rep) {
    case 'array':
      b.add('list', `const ${L} = [${lit}];`, [L]);
      break;
    case 'set':
      b.add('list', `const ${L} = new Set([${lit}]);`, [L]);
      break;
    case 'map':
      b.add('list', `const ${L} = new Map([${values.map((v, i) => `[${typeof v === 'number' ? v : q(v)}, ${i + 1}]`).join(', ')}]);`, [L]);
      break;
    case 'object':
      b.add('list', `const ${L} = { ${values.map((v, i) => `${q(String(v))}: ${i + 1}`).join(', ')} };`, [L]);
      break;
    case 'regex': {
      const alt = values.map((v) => escapeRegex(String(v))).join('|');
      const pattern = mode === 'exact' ? `^(?:${alt})$` : mode === 'prefix' ? `^(?:${alt})` : mode === 'suffix' ? `(?:${alt})$` : `(?:${alt})`;
      b.add('list', `const ${L} = /${pattern}/${mode === 'substring' ? 'i' : ''};`, [L]);
      break;
    }
    default:
      throw new Error(rep);
  }
  return ref(L);
}

// --- Comparisons ------------------------------------------------------------------------------

/** A comparison of value `v` with a list: its helper declarations and its boolean expression. */
interface Comparison {
  id: string;
  reps: ListRep[];
  modes: Sensed['mode'][];
  build(b: Builder, unit: UnitName, v: string, list: ListRef): string;
}

function matchOne(mode: Sensed['mode'], v: string, d: string): string {
  switch (mode) {
    case 'prefix':
      return `${v}.startsWith(${d})`;
    case 'suffix':
      return `(${v} === ${d} || ${v}.endsWith("." + ${d}) || ${v}.endsWith("@" + ${d}))`;
    case 'substring':
      return `${v}.includes(${d})`;
    default:
      return `${v} === ${d}`;
  }
}

const ARRAYISH: ListRep[] = ['array', 'decoded'];
const ALL_MODES: Sensed['mode'][] = ['exact', 'prefix', 'suffix', 'substring', 'number'];

const COMPARISONS: Comparison[] = [
  {
    id: 'equality-chain',
    reps: ['inline'],
    modes: ['exact', 'number', 'suffix'],
    build: (_b, _u, v, l) => l.values.map((x) => matchOne(modeOf(l), v, typeof x === 'number' ? String(x) : q(x))).join(' || '),
  },
  {
    id: 'switch',
    reps: ['inline'],
    modes: ['exact', 'number'],
    build(b, unit, v, l) {
      const f = b.name(['classify', 'bucket', 'kindOf']);
      b.add(unit, `function ${f}(x) {\n  switch (x) {\n${l.values.map((x) => `    case ${typeof x === 'number' ? x : q(x)}:`).join('\n')}\n      return true;\n    default:\n      return false;\n  }\n}`, [f]);
      return `${ref(f)}(${v})`;
    },
  },
  { id: 'includes', reps: ARRAYISH, modes: ['exact', 'number'], build: (_b, _u, v, l) => `${l.expr}.includes(${v})` },
  { id: 'indexOf', reps: ARRAYISH, modes: ['exact', 'number'], build: (b, _u, v, l) => `${l.expr}.indexOf(${v}) ${b.rnd.pick(['!== -1', '>= 0', '> -1'])}` },
  { id: 'includes-normalised', reps: ARRAYISH, modes: ['prefix', 'suffix'], build: (_b, _u, v, l) => (modeOf(l) === 'prefix' ? `${l.expr}.includes(${v}.split(".")[0])` : `${l.expr}.includes(${v}) || ${l.expr}.includes(${v}.split("@").pop())`) },
  { id: 'set-has', reps: ['set'], modes: ['exact', 'number'], build: (_b, _u, v, l) => `${l.expr}.has(${v})` },
  { id: 'set-has-suffix', reps: ['set'], modes: ['suffix'], build: (_b, _u, v, l) => `${l.expr}.has(${v}) || ${l.expr}.has(${v}.split("@").pop())` },
  { id: 'map-get', reps: ['map'], modes: ['exact', 'number'], build: (b, _u, v, l) => (b.rnd.chance(0.5) ? `${l.expr}.get(${v}) !== undefined` : `${l.expr}.has(${v})`) },
  { id: 'regex-test', reps: ['regex'], modes: ['exact', 'prefix', 'suffix', 'substring'], build: (_b, _u, v, l) => `${l.expr}.test(${v})` },
  { id: 'regex-match', reps: ['regex'], modes: ['exact', 'prefix', 'suffix', 'substring'], build: (b, _u, v, l) => (b.rnd.chance(0.5) ? `${v}.match(${l.expr}) !== null` : `${v}.search(${l.expr}) >= 0`) },
  {
    id: 'regex-built',
    reps: ARRAYISH,
    modes: ['prefix', 'suffix', 'substring'],
    build: (_b, _u, v, l) => `new RegExp(${l.expr}.map((x) => x.replace(/[.*+?^$()|[\\]\\\\]/g, "\\\\$&")).join("|")).test(${v})`,
  },
  { id: 'some', reps: ARRAYISH, modes: ALL_MODES, build: (_b, _u, v, l) => `${l.expr}.some((d) => ${matchOne(modeOf(l), v, 'd')})` },
  { id: 'every', reps: ARRAYISH, modes: ALL_MODES, build: (_b, _u, v, l) => `!${l.expr}.every((d) => !(${matchOne(modeOf(l), v, 'd')}))` },
  { id: 'find', reps: ARRAYISH, modes: ALL_MODES, build: (_b, _u, v, l) => `${l.expr}.find((d) => ${matchOne(modeOf(l), v, 'd')}) !== undefined` },
  { id: 'filter', reps: ARRAYISH, modes: ALL_MODES, build: (_b, _u, v, l) => `${l.expr}.filter((d) => ${matchOne(modeOf(l), v, 'd')}).length > 0` },
  {
    id: 'for-of-break',
    reps: ARRAYISH,
    modes: ALL_MODES,
    build(b, unit, v, l) {
      const f = b.name(['matches', 'inList', 'lookup']);
      b.add(unit, `function ${f}(x) {\n  let hit = false;\n  for (const d of ${l.expr}) {\n    if (${matchOne(modeOf(l), 'x', 'd')}) {\n      hit = true;\n      break;\n    }\n  }\n  return hit;\n}`, [f]);
      return `${ref(f)}(${v})`;
    },
  },
  {
    id: 'for-index-return',
    reps: ARRAYISH,
    modes: ALL_MODES,
    build(b, unit, v, l) {
      const f = b.name(['position', 'indexIn', 'locate']);
      b.add(unit, `function ${f}(x) {\n  const list = ${l.expr};\n  for (let i = 0; i < list.length; i++) {\n    if (${matchOne(modeOf(l), 'x', 'list[i]')}) return i;\n  }\n  return -1;\n}`, [f]);
      return `${ref(f)}(${v}) !== -1`;
    },
  },
  { id: 'in', reps: ['object'], modes: ['exact', 'number'], build: (b, _u, v, l) => b.rnd.pick([`${v} in ${l.expr}`, `Object.prototype.hasOwnProperty.call(${l.expr}, ${v})`, `${l.expr}[${v}] !== undefined`]) },
  {
    id: 'names-intersect',
    reps: ['array', 'set', 'decoded'],
    modes: ['names'],
    build: (b, _u, v, l) => (l.rep === 'set' ? `${v}.some((k) => ${l.expr}.has(k))` : b.rnd.pick([`${v}.some((k) => ${l.expr}.includes(k))`, `${l.expr}.some((k) => ${v}.includes(k))`, `${v}.filter((k) => ${l.expr}.indexOf(k) >= 0).length > 0`])),
  },
  {
    id: 'names-in-object',
    reps: ['array', 'decoded'],
    modes: ['keys-of'],
    build: (b, _u, v, l) => b.rnd.pick([`${l.expr}.some((k) => k in ${v})`, `${l.expr}.some((k) => ${v}[k] !== undefined)`, `${l.expr}.find((k) => ${v}[k]) !== undefined`]),
  },
];

/** The comparison mode a list was built for, remembered on the list. */
const listModes = new WeakMap<ListRef, Sensed['mode']>();
function modeOf(l: ListRef): Sensed['mode'] {
  return listModes.get(l) ?? 'exact';
}

// --- Carriers: how the sensed value reaches the comparison, and the result the effect ---------

interface Carried {
  /** Statements main runs before the effect. */
  pre: string;
  /** The boolean expression in main. */
  cond: string;
  /** Main's code (pre and the effect) runs inside this: an async function, a callback, a generator. */
  wrap?: (code: string) => string;
}

type Carrier = (b: Builder, sense: (b: Builder, unit: UnitName) => Sensed, compare: (unit: UnitName, v: string) => string, sensed: { value?: Sensed }) => Carried;

const FIELDS = ['matched', 'known', 'restricted', 'flagged', 'hit'];

const CARRIERS: Record<string, Carrier> = {
  inline(b, sense, compare, out) {
    const s = (out.value = sense(b, 'main'));
    return { pre: '', cond: `(${compare('main', s.expr)})` };
  },
  'helper-return'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['detect', 'probe', 'inspect', 'checkEnv']);
    b.add('probe', `function ${f}() {\n  const v = ${s.expr};\n  return ${compare('probe', 'v')};\n}`, [f]);
    return { pre: '', cond: `${ref(f)}()` };
  },
  'record-field'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['detect', 'probe', 'inspect', 'envInfo']);
    const field = b.rnd.pick(FIELDS);
    b.add('probe', `function ${f}() {\n  const v = ${s.expr};\n  return { value: v, ${field}: ${compare('probe', 'v')}, at: Date.now() };\n}`, [f]);
    const r = b.name(['info', 'result', 'state']);
    return { pre: `const ${r} = ${ref(f)}();`, cond: b.rnd.chance(0.5) ? `${r}.${field}` : `${r}?.${field}` };
  },
  parameter(b, sense, compare, out) {
    const s = (out.value = sense(b, 'main'));
    const f = b.name(['check', 'isListed', 'test']);
    b.add('probe', `function ${f}(v) {\n  if (!v) return false;\n  return ${compare('probe', 'v')};\n}`, [f]);
    return { pre: '', cond: `${ref(f)}(${s.expr})` };
  },
  closure(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['makeCheck', 'createProbe', 'factory']);
    b.add('probe', `function ${f}() {\n  const v = ${s.expr};\n  return () => ${compare('probe', 'v')};\n}`, [f]);
    const t = b.name(['check', 'probeFn', 'test']);
    return { pre: `const ${t} = ${ref(f)}();`, cond: `${t}()` };
  },
  memo(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const once = b.name(['once', 'memoize', 'cached']);
    const f = b.name(['detect', 'probe', 'isRestricted']);
    b.add('probe', `function ${once}(fn) {\n  let cache;\n  return () => (cache === undefined ? (cache = fn()) : cache);\n}\nconst ${f} = ${once}(() => {\n  const v = ${s.expr};\n  return ${compare('probe', 'v')};\n});`, [once, f]);
    return { pre: '', cond: `${ref(f)}()` };
  },
  'lazy-init'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const flag = b.name(['flag', 'state', 'gate']);
    const init = b.name(['init_probe', 'init_env', 'init_region']);
    b.add('probe', `var ${flag};\nvar ${init} = ${esmHelper(b, 'probe')}(() => {\n  ${flag} = ${compare('probe', s.expr)};\n});`, [flag, init]);
    return { pre: `${ref(init)}();`, cond: ref(flag) };
  },
  'class-field'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const C = b.name(['Environment', 'Session', 'Context']);
    const field = b.rnd.pick(FIELDS);
    const form = b.rnd.pick(['field', 'constructor']);
    const body = form === 'field' ? `  value = ${s.expr};` : `  constructor() {\n    this.value = ${s.expr};\n  }`;
    b.add('probe', `class ${C} {\n${body}\n  get ${field}() {\n    return ${compare('probe', 'this.value')};\n  }\n}`, [C]);
    const inst = b.name(['ctx', 'session', 'env0']);
    return { pre: `const ${inst} = new ${ref(C)}();`, cond: `${inst}.${field}` };
  },
  'module-state'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const st = b.name(['current', 'detected', 'seen']);
    const f = b.name(['refresh', 'collect', 'update']);
    b.add('probe', `let ${st} = "";\nfunction ${f}() {\n  ${st} = ${s.expr};\n}`, [st, f]);
    return { pre: `${ref(f)}();`, cond: `(${compare('main', ref(st))})` };
  },
  // A context handed to a class's constructor and tested by one of its methods.
  'injected-context'(b, sense, compare, out) {
    const C = b.name(['PolicyService', 'Gatekeeper', 'ModeResolver']);
    const m = b.name(['isLimited', 'restricted', 'shouldDegrade']);
    b.add('probe', `class ${C} {\n  constructor({ context, logger }) {\n    this.context = context;\n    this.logger = logger;\n  }\n  ${m}() {\n    const v = this.context.value;\n    return ${compare('probe', 'v')};\n  }\n}`, [C]);
    const s = (out.value = sense(b, 'main'));
    const inst = b.name(['policy', 'gate', 'modes']);
    return { pre: `const ${inst} = new ${ref(C)}({ context: { value: ${s.expr}, started: Date.now() }, logger: console });`, cond: `${inst}.${m}()` };
  },
  // A parameter destructured from the record a caller builds.
  'destructured-param'(b, sense, compare, out) {
    const f = b.name(['checkRegion', 'evaluate', 'classify']);
    b.add('probe', `function ${f}({ value, strict = false }) {\n  if (!value) return false;\n  return ${compare('probe', 'value')};\n}`, [f]);
    const s = (out.value = sense(b, 'main'));
    return { pre: '', cond: `${ref(f)}({ value: ${s.expr}, strict: true })` };
  },
  // A table of checks picked by a kind at run time (`checks[kind](v)`).
  'handler-table'(b, sense, compare, out) {
    const table = b.name(['checks', 'detectors', 'rules']);
    b.add('probe', `const ${table} = {\n  region: (v) => ${compare('probe', 'v')},\n  debug: (v) => v === "1",\n};`, [table]);
    const s = (out.value = sense(b, 'main'));
    const kind = b.name(['kind', 'which']);
    return { pre: `const ${kind} = String(process.argv[2] || "region");`, cond: `${ref(table)}[${kind}](${s.expr})` };
  },
};

/**
 * Carriers added after the first seeds were measured: ordinary hops of Node programs (an event
 * emitter, `Object.assign` into module state, a JSON round trip, a registry of services keyed by
 * a tag). They are drawn from a stream of their own (see laterDraw), so every program that does
 * not get one is the one earlier runs of its seed made.
 */
const MORE_CARRIERS: Record<string, Carrier> = {
  'event-emitter'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const bus = b.name(['bus', 'hub', 'emitter']);
    const start = b.name(['announce', 'boot', 'startProbe']);
    b.add('probe', `const ${bus} = new ${b.mod('probe', 'events')}.EventEmitter();\nfunction ${start}() {\n  ${bus}.emit("detected", ${s.expr});\n}`, [bus, start]);
    const flag = b.name(['limited', 'restricted', 'degraded']);
    return { pre: `let ${flag} = false;\n${ref(bus)}.on("detected", (v) => {\n  ${flag} = ${compare('main', 'v')};\n});\n${ref(start)}();`, cond: flag };
  },
  'object-assign'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const st = b.name(['settings', 'runtime', 'environment']);
    const load = b.name(['loadSettings', 'hydrate', 'initRuntime']);
    b.add('probe', `const ${st} = { retries: 3 };\nfunction ${load}() {\n  Object.assign(${st}, { value: ${s.expr}, loadedAt: Date.now() });\n}`, [st, load]);
    return { pre: `${ref(load)}();`, cond: `(${compare('main', `${ref(st)}.value`)})` };
  },
  'json-clone'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['snapshot', 'readConfig', 'cloneState']);
    b.add('probe', `function ${f}() {\n  return JSON.parse(JSON.stringify({ value: ${s.expr}, at: Date.now() }));\n}`, [f]);
    const r = b.name(['snap', 'copy', 'cfg']);
    return { pre: `const ${r} = ${ref(f)}();`, cond: `(${compare('main', `${r}.value`)})` };
  },
  'service-registry'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const reg = b.name(['services', 'registry', 'container']);
    const tag = b.name(['EnvTag', 'RegionService', 'Locator']);
    const use = b.name(['use', 'resolveService', 'lookup']);
    b.add('probe', `const ${reg} = new Map();\nconst ${tag} = Symbol("${tag}");\nfunction ${use}(t) {\n  return ${reg}.get(t);\n}\n${reg}.set(${tag}, { current: () => ${s.expr} });`, [reg, tag, use]);
    const svc = b.name(['svc', 'env1']);
    return { pre: `const ${svc} = ${ref(use)}(${ref(tag)});`, cond: `(${compare('main', `${svc}.current()`)})` };
  },
};

/**
 * Carriers of a third wave: ordinary ways JavaScript hands a value on that neither earlier wave
 * takes — an awaited async function and Promise.all, a Node callback, a generator's return
 * through `yield*` and its yielded values, call/apply/Reflect.apply, a Symbol key, a WeakMap of
 * private state, a #private field, a getter made with Object.defineProperty, a setter, a default
 * parameter. Drawn from a stream of their own (see thirdDraw).
 */
const NODE_CARRIERS: Record<string, Carrier> = {
  'async-await'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['loadRegion', 'detectAsync', 'resolveEnv']);
    b.add('probe', `async function ${f}() {\n  await null;\n  return ${s.expr};\n}`, [f]);
    const v = b.name(['resolved', 'awaited', 'loaded']);
    return { pre: `const ${v} = await ${ref(f)}();`, cond: `(${compare('main', v)})`, wrap: (code) => `(async () => {\n${code}\n})();` };
  },
  'promise-all'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['loadRegion', 'detectAsync', 'resolveEnv']);
    b.add('probe', `async function ${f}() {\n  return ${s.expr};\n}`, [f]);
    const v = b.name(['resolved', 'awaited', 'loaded']);
    return { pre: `const [settings, ${v}] = await Promise.all([Promise.resolve({ retries: 2 }), ${ref(f)}()]);`, cond: `(${compare('main', v)})`, wrap: (code) => `(async () => {\n${code}\n})();` };
  },
  'node-callback'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['probeEnv', 'readRegion', 'lookupZone']);
    b.add('probe', `function ${f}(callback) {\n  setImmediate(() => {\n    let value;\n    try {\n      value = ${s.expr};\n    } catch (err) {\n      return callback(err);\n    }\n    callback(null, value);\n  });\n}`, [f]);
    const v = b.name(['result', 'found', 'answer']);
    return { pre: '', cond: `(${compare('main', v)})`, wrap: (code) => `${ref(f)}((err, ${v}) => {\n  if (err) throw err;\n${code}\n});` };
  },
  'generator-return'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['probeSteps', 'detectSteps', 'inspect']);
    b.add('probe', `function* ${f}() {\n  yield "probing";\n  return ${s.expr};\n}`, [f]);
    const v = b.name(['resolved', 'outcome', 'loaded']);
    const flow = b.name(['flow', 'program', 'task']);
    return { pre: `const ${v} = yield* ${ref(f)}();`, cond: `(${compare('main', v)})`, wrap: (code) => `function* ${flow}() {\n${code}\n}\nfor (const step of ${flow}()) console.debug(step);` };
  },
  yielded(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['readings', 'samples', 'probeValues']);
    b.add('probe', `function* ${f}() {\n  yield ${s.expr};\n}`, [f]);
    const v = b.name(['reading', 'sample', 'item']);
    if (b.rnd.chance(0.5)) return { pre: `const [${v}] = ${ref(f)}();`, cond: `(${compare('main', v)})` };
    return { pre: '', cond: `(${compare('main', v)})`, wrap: (code) => `for (const ${v} of ${ref(f)}()) {\n${code}\n}` };
  },
  'call-apply'(b, sense, compare, out) {
    const f = b.name(['check', 'isListed', 'test']);
    b.add('probe', `function ${f}(v) {\n  if (v == null) return false;\n  return ${compare('probe', 'v')};\n}`, [f]);
    const s = (out.value = sense(b, 'main'));
    const call = b.rnd.pick([`${ref(f)}.call(null, ${s.expr})`, `${ref(f)}.apply(undefined, [${s.expr}])`, `Reflect.apply(${ref(f)}, null, [${s.expr}])`]);
    return { pre: '', cond: call };
  },
  'symbol-key'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const K = b.name(['kValue', 'SENSED', 'kState']);
    const st = b.name(['store', 'slots', 'bag']);
    const cap = b.name(['capture', 'record', 'remember']);
    b.add('probe', `const ${K} = Symbol("${K}");\nconst ${st} = {};\nfunction ${cap}() {\n  ${st}[${K}] = ${s.expr};\n}`, [K, st, cap]);
    return { pre: `${ref(cap)}();`, cond: `(${compare('main', `${ref(st)}[${ref(K)}]`)})` };
  },
  'weakmap-private'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const priv = b.name(['privates', 'internals', 'hidden']);
    const C = b.name(['Environment', 'Session', 'Context']);
    const field = b.rnd.pick(FIELDS);
    b.add('probe', `const ${priv} = new WeakMap();\nclass ${C} {\n  constructor() {\n    ${priv}.set(this, { value: ${s.expr} });\n  }\n  get ${field}() {\n    return ${compare('probe', `${priv}.get(this).value`)};\n  }\n}`, [priv, C]);
    const inst = b.name(['ctx', 'session', 'env0']);
    return { pre: `const ${inst} = new ${ref(C)}();`, cond: `${inst}.${field}` };
  },
  'private-field'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const C = b.name(['Environment', 'Session', 'Context']);
    const m = b.name(['isLimited', 'restricted', 'shouldDegrade']);
    b.add('probe', `class ${C} {\n  #value = ${s.expr};\n  ${m}() {\n    return ${compare('probe', 'this.#value')};\n  }\n}`, [C]);
    const inst = b.name(['ctx', 'session', 'env0']);
    return { pre: `const ${inst} = new ${ref(C)}();`, cond: `${inst}.${m}()` };
  },
  'define-getter'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const info = b.name(['info', 'facts', 'details']);
    b.add('probe', `const ${info} = { retries: 3 };\nObject.defineProperty(${info}, "value", {\n  enumerable: true,\n  get() {\n    return ${s.expr};\n  },\n});`, [info]);
    return { pre: '', cond: `(${compare('main', `${ref(info)}.value`)})` };
  },
  setter(b, sense, compare, out) {
    const C = b.name(['Preferences', 'Store', 'Holder']);
    const field = b.rnd.pick(FIELDS);
    b.add('probe', `class ${C} {\n  constructor() {\n    this._value = undefined;\n  }\n  set value(v) {\n    this._value = v;\n  }\n  get ${field}() {\n    return ${compare('probe', 'this._value')};\n  }\n}`, [C]);
    const s = (out.value = sense(b, 'main'));
    const inst = b.name(['prefs', 'holder', 'st']);
    return { pre: `const ${inst} = new ${ref(C)}();\n${inst}.value = ${s.expr};`, cond: `${inst}.${field}` };
  },
  'default-param'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['check', 'isListed', 'test']);
    b.add('probe', `function ${f}(v = ${s.expr}) {\n  return ${compare('probe', 'v')};\n}`, [f]);
    return { pre: '', cond: `${ref(f)}()` };
  },
  'static-field'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const C = b.name(['Environment', 'Session', 'Context']);
    b.add('probe', `class ${C} {\n  static value = ${s.expr};\n  static get limited() {\n    return ${compare('probe', `${C}.value`)};\n  }\n}`, [C]);
    return { pre: '', cond: `${ref(C)}.limited` };
  },
  'object-getter'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const o = b.name(['runtime', 'probeInfo', 'machine']);
    b.add('probe', `const ${o} = {\n  retries: 3,\n  get value() {\n    return ${s.expr};\n  },\n};`, [o]);
    return { pre: '', cond: `(${compare('main', `${ref(o)}.value`)})` };
  },
  'spread-merge'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['detected', 'loadDetected', 'readSettings']);
    b.add('probe', `function ${f}() {\n  return { value: ${s.expr} };\n}`, [f]);
    const cfg = b.name(['config', 'settings', 'merged']);
    return { pre: `const ${cfg} = { ...{ value: "", retries: 2 }, ...${ref(f)}() };`, cond: `(${compare('main', `${cfg}.value`)})` };
  },
  'from-entries'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['collectFacts', 'gather', 'snapshotEnv']);
    b.add('probe', `function ${f}() {\n  return Object.fromEntries([["platform", process.platform], ["value", ${s.expr}]]);\n}`, [f]);
    const r = b.name(['facts', 'snap', 'env1']);
    return { pre: `const ${r} = ${ref(f)}();`, cond: `(${compare('main', `${r}.value`)})` };
  },
  'then-chain'(b, sense, compare, out) {
    const s = (out.value = sense(b, 'probe'));
    const f = b.name(['loadRegion', 'detectAsync', 'resolveEnv']);
    b.add('probe', `function ${f}() {\n  return Promise.resolve().then(() => ${s.expr});\n}`, [f]);
    const v = b.name(['resolved', 'awaited', 'loaded']);
    return { pre: '', cond: `(${compare('main', v)})`, wrap: (code) => `${ref(f)}().then((${v}) => {\n${code}\n});` };
  },
  'optional-call'(b, sense, compare, out) {
    const hooks = b.name(['hooks', 'plugins', 'handlers']);
    b.add('probe', `const ${hooks} = {\n  check(v) {\n    return ${compare('probe', 'v')};\n  },\n};`, [hooks]);
    const s = (out.value = sense(b, 'main'));
    return { pre: '', cond: `Boolean(${ref(hooks)}?.check?.(${s.expr}))` };
  },
};

/**
 * A third-wave carrier in its share of the programs, drawn from a stream of its own: the programs
 * that do not get one are the ones earlier runs of their seed made.
 */
function thirdDraw(seed: number, current: string, more: Record<string, unknown>): string {
  const r = new Random((seed ^ 0x5bd1e995) >>> 0);
  return r.chance(0.3) ? r.pick(Object.keys(more)) : current;
}

/**
 * A carrier: the first draw from the program's own stream (as the first seeds made it), replaced
 * by one of the carriers added later (`more`) in their share of the programs, drawn from a stream
 * of their own so that the main stream, and the programs that keep their first carrier, are
 * unchanged.
 */
function laterDraw(seed: number, first: string, firstPool: Record<string, unknown>, more: Record<string, unknown>): string {
  const later = new Random((seed ^ 0x2f6b5a3) >>> 0);
  const names = Object.keys(more);
  return later.chance(names.length / (names.length + Object.keys(firstPool).length)) ? later.pick(names) : first;
}

// --- Effects ----------------------------------------------------------------------------------

const API = 'https://api.example-coder.dev/v1/messages';

interface Effect {
  id: string;
  kind: ProgramKind;
  /** What a reader expects to change, in plain words. */
  changes: string;
  build(b: Builder, cond: string): string;
}

function sendPrompt(text: string): string {
  return `fetch(${q(API)}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: ${text} }] }) });`;
}

const dateParts = '[now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")]';

const EFFECTS: Effect[] = [
  { id: 'throw', kind: 'gating', changes: 'throw', build: (_b, c) => `if (${c}) {\n  throw new Error("This service is not available for your configuration.");\n}` },
  { id: 'exit', kind: 'gating', changes: 'exit', build: (_b, c) => `if (${c}) {\n  console.error("Unable to start.");\n  process.exit(1);\n}` },
  {
    id: 'request-header',
    kind: 'gating',
    changes: 'request',
    build: (_b, c) => `const headers = { "content-type": "application/json" };\nif (${c}) headers["x-client-tier"] = "limited";\nfetch(${q(API)}, { method: "POST", headers, body: JSON.stringify({ prompt: "hello" }) });`,
  },
  {
    id: 'request-parameter',
    kind: 'gating',
    changes: 'request',
    build: (_b, c) => `const body = { model: "coder-large", temperature: ${c} ? 1.3 : 0.2, max_tokens: 4096 };\nfetch(${q(API)}, { method: "POST", body: JSON.stringify(body) });`,
  },
  {
    id: 'prompt-text',
    kind: 'gating',
    changes: 'text',
    build: (_b, c) => `const system = ${c} ? "You are a coding assistant. Keep every answer short and generic." : "You are an expert coding assistant.";\n${sendPrompt('system')}`,
  },
  { id: 'message-text', kind: 'gating', changes: 'text', build: (_b, c) => `console.log(${c} ? "The service is busy right now. Please try again later." : "Connected.");` },
  {
    id: 'return-value',
    kind: 'gating',
    changes: 'value',
    build: (b, c) => {
      const f = b.name(['maxTurns', 'quota', 'budget']);
      return `function ${f}() {\n  if (${c}) return 3;\n  return 50;\n}\nfor (let i = 0; i < ${f}(); i++) console.log("turn", i);`;
    },
  },
  // Covert markers: look-alike, invisible or format characters chosen by the outcome, written into prompt text.
  {
    id: 'marker-ternary',
    kind: 'marker',
    changes: 'marker',
    build: (_b, c) => `const apostrophe = ${c} ? "\\u2019" : "'";\nconst now = new Date();\nconst prompt = "Today" + apostrophe + "s date is " + now.toDateString() + ".";\n${sendPrompt('prompt')}`,
  },
  {
    id: 'marker-if-chain',
    kind: 'marker',
    changes: 'marker',
    build: (b, c) => {
      const f = b.name(['quoteMark', 'apos', 'mark']);
      return `function ${f}(level) {\n  if (level === 2) return "\\u2019";\n  if (level === 1) return "\\u02BC";\n  return "'";\n}\nconst level = ${c} ? 2 : 0;\nconst prompt = \`Today\${${f}(level)}s date is \${new Date().toDateString()}.\`;\n${sendPrompt('prompt')}`;
    },
  },
  {
    id: 'marker-switch',
    kind: 'marker',
    changes: 'marker',
    build: (_b, c) => `let sep;\nswitch (${c} ? 1 : 0) {\n  case 1:\n    sep = "\\u2011";\n    break;\n  default:\n    sep = "-";\n}\nconst now = new Date();\nconst prompt = "Today's date is " + ${dateParts}.join(sep) + ".";\n${sendPrompt('prompt')}`,
  },
  {
    id: 'marker-table',
    kind: 'marker',
    changes: 'marker',
    build: (b, c) => `const MARKS = ["'", "\\u2019"];\nconst apostrophe = MARKS[${b.rnd.pick([`${c} ? 1 : 0`, `+${c}`, `Number(${c})`])}];\nconst prompt = \`Today\${apostrophe}s date is \${new Date().toDateString()}.\`;\n${sendPrompt('prompt')}`,
  },
  {
    id: 'marker-date-separator',
    kind: 'marker',
    changes: 'marker',
    build: (_b, c) => `const sep = ${c} ? "\\u2010" : "-";\nconst now = new Date();\nconst today = ${dateParts}.join(sep);\nconst prompt = "Today's date is " + today + ".";\n${sendPrompt('prompt')}`,
  },
  {
    id: 'marker-invisible',
    kind: 'marker',
    changes: 'marker',
    build: (_b, c) => `const tag = ${c} ? "\\u200B" : "";\nconst prompt = "Today's date is" + tag + " " + new Date().toDateString() + ".";\n${sendPrompt('prompt')}`,
  },
];

// --- Identity reaching a request --------------------------------------------------------------

interface IdentitySource {
  id: string;
  build(b: Builder, unit: UnitName): string;
}

const IDENTITY_SOURCES: IdentitySource[] = [
  { id: 'os.hostname', build: (b, u) => `${b.mod(u, 'os')}.hostname()` },
  { id: 'os.userInfo', build: (b, u) => `${b.mod(u, 'os')}.userInfo().username` },
  { id: 'networkInterfaces', build: (b, u) => `Object.values(${b.mod(u, 'os')}.networkInterfaces()).flat().map((i) => i.mac).filter((m) => m && m !== "00:00:00:00:00:00")` },
  { id: 'machine-id-file', build: (b, u) => `${b.mod(u, 'fs')}.readFileSync("/etc/machine-id", "utf8").trim()` },
  { id: 'machine-guid', build: (b, u) => `${b.mod(u, 'child_process')}.execSync("reg query HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Cryptography /v MachineGuid").toString().split("REG_SZ")[1].trim()` },
  { id: 'ioreg', build: (b, u) => `(${b.mod(u, 'child_process')}.execSync("ioreg -rd1 -c IOPlatformExpertDevice").toString().match(/"IOPlatformUUID" = "([^"]+)"/) || [])[1]` },
  { id: 'git-email', build: (b, u) => `${b.mod(u, 'child_process')}.execSync("git config user.email").toString().trim()` },
  { id: 'vscode.machineId', build: (b, u) => `${b.mod(u, 'vscode')}.env.machineId` },
];

/** `wrap`: the sink runs inside it (a promise's callback, an async function), with `value` in scope. */
type IdentityCarrier = (b: Builder, src: IdentitySource) => { pre: string; value: string; wrap?: (code: string) => string };

const IDENTITY_CARRIERS: Record<string, IdentityCarrier> = {
  inline: (b, s) => ({ pre: '', value: s.build(b, 'main') }),
  'helper-return'(b, s) {
    const f = b.name(['deviceId', 'hostId', 'machineKey']);
    b.add('probe', `function ${f}() {\n  return ${s.build(b, 'probe')};\n}`, [f]);
    return { pre: '', value: `${ref(f)}()` };
  },
  'record-field'(b, s) {
    const f = b.name(['describeHost', 'hostInfo', 'envInfo']);
    b.add('probe', `function ${f}() {\n  return { platform: process.platform, id: ${s.build(b, 'probe')} };\n}`, [f]);
    const r = b.name(['info', 'meta']);
    return { pre: `const ${r} = ${ref(f)}();`, value: b.rnd.chance(0.5) ? `${r}.id` : `${r}?.id` };
  },
  parameter(b, s) {
    const f = b.name(['tag', 'label', 'wrap']);
    b.add('probe', `function ${f}(v) {\n  return "dev-" + v;\n}`, [f]);
    return { pre: '', value: `${ref(f)}(${s.build(b, 'main')})` };
  },
  closure(b, s) {
    const f = b.name(['makeId', 'idSource']);
    b.add('probe', `function ${f}() {\n  const v = ${s.build(b, 'probe')};\n  return () => v;\n}`, [f]);
    return { pre: `const getId = ${ref(f)}();`, value: 'getId()' };
  },
  memo(b, s) {
    const once = b.name(['once', 'memoize']);
    const f = b.name(['deviceId', 'machineKey']);
    b.add('probe', `function ${once}(fn) {\n  let c;\n  return () => c ?? (c = fn());\n}\nconst ${f} = ${once}(() => ${s.build(b, 'probe')});`, [once, f]);
    return { pre: '', value: `${ref(f)}()` };
  },
  'lazy-init'(b, s) {
    const v = b.name(['hostId', 'deviceKey']);
    const init = b.name(['init_device', 'init_host']);
    b.add('probe', `var ${v};\nvar ${init} = ${esmHelper(b, 'probe')}(() => {\n  ${v} = ${s.build(b, 'probe')};\n});`, [v, init]);
    return { pre: `${ref(init)}();`, value: ref(v) };
  },
  'class-field'(b, s) {
    const C = b.name(['Device', 'HostContext']);
    b.add('probe', `class ${C} {\n  constructor() {\n    this.id = ${s.build(b, 'probe')};\n  }\n}`, [C]);
    return { pre: `const device = new ${ref(C)}();`, value: 'device.id' };
  },
  // Shapes of asynchronous code and of compiled TypeScript, as real bundles write them.
  'promise-then'(b, s) {
    const f = b.name(['loadHost', 'readDevice', 'resolveId']);
    b.add('probe', `function ${f}() {\n  return Promise.resolve().then(() => ${s.build(b, 'probe')});\n}`, [f]);
    return { pre: '', value: 'id', wrap: (code) => `${ref(f)}().then((id) => {\n${code}\n});` };
  },
  'await-all'(b, s) {
    const f = b.name(['gatherContext', 'collectInfo', 'environmentInfo']);
    b.add('probe', `async function ${f}() {\n  const [platform, id] = await Promise.all([Promise.resolve(process.platform), Promise.resolve(${s.build(b, 'probe')})]);\n  return { platform, id };\n}`, [f]);
    return { pre: '', value: 'info.id', wrap: (code) => `(async () => {\n  const info = await ${ref(f)}();\n${code}\n})();` };
  },
  'new-promise'(b, s) {
    const f = b.name(['waitForId', 'deviceIdAsync']);
    b.add('probe', `function ${f}() {\n  return new Promise((resolve) => {\n    setTimeout(() => resolve(${s.build(b, 'probe')}), 0);\n  });\n}`, [f]);
    return { pre: '', value: 'id', wrap: (code) => `(async () => {\n  const id = await ${ref(f)}();\n${code}\n})();` };
  },
  'array-join'(b, s) {
    const f = b.name(['describeMachine', 'agentName', 'clientLabel']);
    b.add('probe', `function ${f}() {\n  const parts = [process.platform, ${s.build(b, 'probe')}].filter(Boolean);\n  return parts.join(" · ");\n}`, [f]);
    return { pre: '', value: `${ref(f)}()` };
  },
  namespace(b, s) {
    const ns = b.name(['Device', 'HostInfo', 'Machine']);
    const target = b.rnd.chance(0.5) ? `${ns} || (${ns} = {})` : `${ns} ||= {}`;
    b.add('probe', `var ${ns};\n((o) => {\n  function id() {\n    return ${s.build(b, 'probe')};\n  }\n  o.id = id;\n})(${target});`, [ns]);
    return { pre: '', value: `${ref(ns)}.id()` };
  },
  'frozen-spread'(b, s) {
    const f = b.name(['sessionContext', 'clientInfo']);
    const base = b.name(['defaults', 'baseInfo']);
    b.add('probe', `const ${base} = { client: "cli", version: "1.0.0" };\nfunction ${f}() {\n  return Object.freeze({ ...${base}, id: ${s.build(b, 'probe')} });\n}`, [f]);
    const r = b.name(['ctx', 'context']);
    return { pre: `const ${r} = { ...${ref(f)}() };`, value: `${r}.id` };
  },
  // Hops real bundles put between an identity and its request: state a module keeps and fills in
  // later, clients handed their context and transport, tables of handlers, races against a
  // timeout, optional fields spread in, async generators, and functions kept in records.
  'module-record'(b, s) {
    const st = b.name(['identity', 'session', 'globals']);
    const init = b.name(['initIdentity', 'setupSession', 'loadGlobals']);
    b.add('probe', `const ${st} = { distinctId: "", ready: false };\nfunction ${init}() {\n  ${st}.distinctId = ${s.build(b, 'probe')};\n  ${st}.ready = true;\n}`, [st, init]);
    return { pre: `${ref(init)}();`, value: `${ref(st)}.distinctId` };
  },
  'injected-provider'(b, s) {
    const C = b.name(['FlagsClient', 'EventQueue', 'SyncService']);
    b.add('probe', `class ${C} {\n  constructor({ provider, context }) {\n    this.provider = provider;\n    this.context = context;\n  }\n  refresh() {\n    return this.provider.getFlags({ ...this.context, at: Date.now() });\n  }\n}`, [C]);
    const P = b.name(['HttpProvider', 'RemoteProvider']);
    const svc = b.name(['service', 'flags']);
    return {
      pre: '',
      value: 'ctx.distinctId',
      wrap: (code) => `class ${P} {\n  getFlags(ctx) {\n${code}\n  }\n}\nconst ${svc} = new ${ref(C)}({ provider: new ${P}(), context: { distinctId: ${s.build(b, 'main')}, os: process.platform } });\n${svc}.refresh();`,
    };
  },
  'handler-table'(b, s) {
    const table = b.name(['toMessage', 'renderers', 'handlers']);
    const f = b.name(['attachmentMessage', 'renderAttachment']);
    b.add('probe', `const ${table} = {\n  device_context: (a) => ({ type: "text", text: a.text }),\n  file: (a) => ({ type: "text", text: "File: " + a.path }),\n};\nfunction ${f}(a) {\n  return ${table}[a.type](a);\n}`, [table, f]);
    const m = b.name(['msg', 'message']);
    return { pre: `const ${m} = ${ref(f)}({ type: "device_context", text: ${s.build(b, 'main')} });`, value: `${m}.text` };
  },
  race(b, s) {
    const read = b.name(['readIdentity', 'probeId']);
    const within = b.name(['withTimeout', 'raceTimeout']);
    b.add('probe', `async function ${read}() {\n  return ${s.build(b, 'probe')};\n}\nfunction ${within}(p, ms) {\n  return Promise.race([p, new Promise((r) => setTimeout(() => r(undefined), ms))]);\n}`, [read, within]);
    return { pre: '', value: 'id', wrap: (code) => `(async () => {\n  const id = await ${ref(within)}(${ref(read)}(), 1000);\n  if (!id) return;\n${code}\n})();` };
  },
  'optional-spread'(b, s) {
    const f = b.name(['buildContext', 'contextInfo']);
    b.add('probe', `function ${f}() {\n  const id = ${s.build(b, 'probe')};\n  return { platform: process.platform, ...(id ? { id } : {}) };\n}`, [f]);
    const r = b.name(['ctx', 'context']);
    return { pre: `const ${r} = ${ref(f)}();`, value: `${r}.id` };
  },
  'async-generator'(b, s) {
    const inner = b.name(['startEvents', 'hostEvents']);
    const outer = b.name(['allEvents', 'eventStream']);
    b.add('probe', `async function* ${inner}() {\n  yield { type: "start", id: ${s.build(b, 'probe')} };\n}\nasync function* ${outer}() {\n  yield* ${inner}();\n  yield { type: "ready", id: null };\n}`, [inner, outer]);
    return { pre: '', value: 'ev.id', wrap: (code) => `(async () => {\n  for await (const ev of ${ref(outer)}()) {\n    if (ev.type !== "start") continue;\n${code}\n  }\n})();` };
  },
  'function-field'(b, s) {
    const f = b.name(['makeSession', 'createContext']);
    b.add('probe', `function ${f}() {\n  const id = ${s.build(b, 'probe')};\n  return { name: "session", resolveId: async () => id };\n}`, [f]);
    return { pre: '', value: 'id', wrap: (code) => `(async () => {\n  const session = ${ref(f)}();\n  const id = await session.resolveId();\n${code}\n})();` };
  },
  'promise-map'(b, s) {
    const pending = b.name(['pending', 'prefetched']);
    const start = b.name(['prefetch', 'warmUp']);
    b.add('probe', `const ${pending} = new Map();\nfunction ${start}() {\n  ${pending}.set("id", Promise.resolve().then(() => ${s.build(b, 'probe')}));\n}`, [pending, start]);
    return { pre: '', value: 'id', wrap: (code) => `${ref(start)}();\n(async () => {\n  const id = await ${ref(pending)}.get("id");\n${code}\n})();` };
  },
  // A telemetry pipeline's shapes: processors a container hands out write the identity into the
  // event their service made (`process({ event }) { event.k = id }`), and a queue batches events.
  'event-processor'(b, s) {
    const P = b.name(['HostInfoProcessor', 'ClientInfoProcessor', 'DeviceProcessor']);
    const svc = b.name(['EventPipeline', 'ReportService']);
    b.add('probe', `class ${P} {\n  async process({ event }) {\n    event.platform = process.platform;\n    event.machine = ${s.build(b, 'probe')};\n  }\n}\nglobalThis.container?.register("processor", ${P});\nclass ${svc} {\n  constructor(container) {\n    this.container = container;\n  }\n  async run(wrapped) {\n    for (const p of this.container.getAll("processor")) await p.process(wrapped);\n  }\n}`, [P, svc]);
    return { pre: '', value: 'ev.machine', wrap: (code) => `(async () => {\n  const ev = { type: "session_start", at: Date.now() };\n  await new ${ref(svc)}(globalThis.container).run({ code: 1, event: ev });\n${code}\n})();` };
  },
  'batch-queue'(b, s) {
    const C = b.name(['EventBatcher', 'ReportQueue', 'Outbox']);
    const q = b.name(['queue', 'pending', 'events']);
    return {
      pre: '',
      value: 'batch[0].id',
      wrap: (code) => `class ${C} {\n  constructor() {\n    this.${q} = [];\n  }\n  add(e) {\n    this.${q}.push(e);\n    setTimeout(() => this.flush(), 2000);\n  }\n  flush() {\n    if (this.${q}.length === 0) return;\n    const batch = this.${q}.splice(0);\n${code}\n  }\n}\nnew ${C}().add({ type: "start", id: ${s.build(b, 'main')} });`,
    };
  },
  hashed(b, s) {
    const f = b.name(['fingerprint', 'anonId', 'hashId']);
    b.add('probe', `function ${f}(v) {\n  return ${b.mod('probe', 'crypto')}.createHash("sha256").update(String(v)).digest("hex");\n}`, [f]);
    return { pre: '', value: `${ref(f)}(${s.build(b, 'main')})` };
  },
};

/** Identity carriers added later (see MORE_CARRIERS): ordinary hops the first ones do not take. */
const MORE_IDENTITY_CARRIERS: Record<string, IdentityCarrier> = {
  'event-emitter'(b, s) {
    const bus = b.name(['bus', 'hub', 'emitter']);
    const start = b.name(['announce', 'boot', 'identify']);
    b.add('probe', `const ${bus} = new ${b.mod('probe', 'events')}.EventEmitter();\nfunction ${start}() {\n  ${bus}.emit("identity", ${s.build(b, 'probe')});\n}`, [bus, start]);
    return { pre: '', value: 'id', wrap: (code) => `${ref(bus)}.on("identity", (id) => {\n${code}\n});\n${ref(start)}();` };
  },
  'object-assign'(b, s) {
    const st = b.name(['context', 'runtime', 'clientState']);
    const init = b.name(['initContext', 'loadState', 'hydrate']);
    b.add('probe', `const ${st} = { client: "cli" };\nfunction ${init}() {\n  Object.assign(${st}, { machine: ${s.build(b, 'probe')}, started: Date.now() });\n}`, [st, init]);
    return { pre: `${ref(init)}();`, value: `${ref(st)}.machine` };
  },
  // Metadata turned into telemetry attributes under computed keys (as the AI SDK's spans take them).
  'entries-reduce'(b, s) {
    const f = b.name(['toAttributes', 'flattenMeta', 'telemetryAttributes']);
    b.add('probe', `function ${f}(meta) {\n  return Object.entries(meta).reduce((acc, [key, value]) => ({ ...acc, [\`app.meta.\${key}\`]: value }), {});\n}`, [f]);
    const a = b.name(['attributes', 'attrs']);
    return { pre: `const ${a} = ${ref(f)}({ userId: ${s.build(b, 'main')}, mode: "cli" });`, value: `JSON.stringify(${a})` };
  },
  'service-registry'(b, s) {
    const reg = b.name(['services', 'registry', 'container']);
    const tag = b.name(['IdentityTag', 'AccountService', 'UserTag']);
    const use = b.name(['use', 'resolveService', 'lookup']);
    b.add('probe', `const ${reg} = new Map();\nconst ${tag} = Symbol("${tag}");\nfunction ${use}(t) {\n  return ${reg}.get(t);\n}\n${reg}.set(${tag}, { user: () => ${s.build(b, 'probe')} });`, [reg, tag, use]);
    return { pre: `const svc = ${ref(use)}(${ref(tag)});`, value: 'svc.user()' };
  },
  'bound-args'(b, s) {
    const f = b.name(['report', 'announce', 'sendHello']);
    const bound = b.name(['bindHost', 'withIdentity']);
    b.add('probe', `function ${bound}(fn) {\n  return fn.bind(null, "start", ${s.build(b, 'probe')});\n}`, [bound]);
    return { pre: '', value: 'id', wrap: (code) => `function ${f}(kind, id) {\n${code}\n}\nconst go = ${ref(bound)}(${f});\ngo();` };
  },
  'spread-args'(b, s) {
    const f = b.name(['post', 'emitEvent', 'track']);
    const make = b.name(['startArgs', 'eventArgs']);
    b.add('probe', `function ${make}() {\n  return ["start", ${s.build(b, 'probe')}];\n}`, [make]);
    return { pre: '', value: 'id', wrap: (code) => `function ${f}(kind, id) {\n${code}\n}\nconst args = ${ref(make)}();\n${f}(...args);` };
  },
  'json-clone'(b, s) {
    const f = b.name(['snapshot', 'cloneInfo']);
    b.add('probe', `function ${f}() {\n  return JSON.parse(JSON.stringify({ id: ${s.build(b, 'probe')}, at: Date.now() }));\n}`, [f]);
    const r = b.name(['snap', 'copy']);
    return { pre: `const ${r} = ${ref(f)}();`, value: `${r}.id` };
  },
  'map-entries'(b, s) {
    const m = b.name(['fields', 'meta']);
    b.add('probe', `const ${m} = new Map([["platform", process.platform], ["id", ${s.build(b, 'probe')}]]);`, [m]);
    return { pre: '', value: `${ref(m)}.get("id")` };
  },
  'async-context'(b, s) {
    const als = b.name(['requestContext', 'storage']);
    const h = b.name(['handle', 'onStart']);
    b.add('probe', `const ${als} = new ${b.mod('probe', 'async_hooks')}.AsyncLocalStorage();`, [als]);
    return { pre: '', value: 'store.id', wrap: (code) => `function ${h}() {\n  const store = ${ref(als)}.getStore();\n${code}\n}\n${ref(als)}.run({ id: ${s.build(b, 'main')} }, () => ${h}());` };
  },
};

/** Identity carriers of the third wave (see NODE_CARRIERS). */
const NODE_IDENTITY_CARRIERS: Record<string, IdentityCarrier> = {
  'async-await'(b, s) {
    const f = b.name(['loadIdentity', 'whoAmI', 'resolveHost']);
    b.add('probe', `async function ${f}() {\n  await null;\n  return ${s.build(b, 'probe')};\n}`, [f]);
    return { pre: `const id = await ${ref(f)}();`, value: 'id', wrap: (code) => `(async () => {\n${code}\n})();` };
  },
  'promise-all'(b, s) {
    const f = b.name(['loadIdentity', 'whoAmI', 'resolveHost']);
    b.add('probe', `async function ${f}() {\n  return ${s.build(b, 'probe')};\n}`, [f]);
    return { pre: `const [settings, id] = await Promise.all([Promise.resolve({ retries: 2 }), ${ref(f)}()]);`, value: 'id', wrap: (code) => `(async () => {\n${code}\n})();` };
  },
  'node-callback'(b, s) {
    const f = b.name(['getIdentity', 'readHost', 'lookupUser']);
    b.add('probe', `function ${f}(callback) {\n  setImmediate(() => {\n    let value;\n    try {\n      value = ${s.build(b, 'probe')};\n    } catch (err) {\n      return callback(err);\n    }\n    callback(null, value);\n  });\n}`, [f]);
    return { pre: '', value: 'id', wrap: (code) => `${ref(f)}((err, id) => {\n  if (err) return;\n${code}\n});` };
  },
  'generator-return'(b, s) {
    const f = b.name(['identitySteps', 'collectSteps']);
    b.add('probe', `function* ${f}() {\n  yield "collecting";\n  return ${s.build(b, 'probe')};\n}`, [f]);
    const flow = b.name(['flow', 'program', 'task']);
    return { pre: `const id = yield* ${ref(f)}();`, value: 'id', wrap: (code) => `function* ${flow}() {\n${code}\n}\nfor (const step of ${flow}()) console.debug(step);` };
  },
  'call-apply'(b, s) {
    const w = b.name(['withIdentity', 'withHost']);
    const form = b.rnd.pick(['fn.call(null, id)', 'fn.apply(undefined, [id])', 'Reflect.apply(fn, null, [id])']);
    b.add('probe', `function ${w}(fn) {\n  const id = ${s.build(b, 'probe')};\n  return ${form};\n}`, [w]);
    return { pre: '', value: 'id', wrap: (code) => `${ref(w)}((id) => {\n${code}\n});` };
  },
  'symbol-key'(b, s) {
    const K = b.name(['kIdentity', 'IDENTITY', 'kHost']);
    const st = b.name(['store', 'slots', 'bag']);
    const cap = b.name(['capture', 'record', 'remember']);
    b.add('probe', `const ${K} = Symbol("${K}");\nconst ${st} = {};\nfunction ${cap}() {\n  ${st}[${K}] = ${s.build(b, 'probe')};\n}`, [K, st, cap]);
    return { pre: `${ref(cap)}();`, value: `${ref(st)}[${ref(K)}]` };
  },
  'weakmap-private'(b, s) {
    const priv = b.name(['privates', 'internals', 'hidden']);
    const C = b.name(['Client', 'Device', 'Account']);
    b.add('probe', `const ${priv} = new WeakMap();\nclass ${C} {\n  constructor() {\n    ${priv}.set(this, { id: ${s.build(b, 'probe')} });\n  }\n  get id() {\n    return ${priv}.get(this).id;\n  }\n}`, [priv, C]);
    // (Not `client`: the model-prompt sink names its model client so.)
    return { pre: `const account = new ${ref(C)}();`, value: 'account.id' };
  },
  'private-field'(b, s) {
    const C = b.name(['Client', 'Device', 'Account']);
    b.add('probe', `class ${C} {\n  #id = ${s.build(b, 'probe')};\n  describe() {\n    return { id: this.#id, kind: "cli" };\n  }\n}`, [C]);
    const r = b.fresh('about');
    return { pre: `const ${r} = new ${ref(C)}().describe();`, value: `${r}.id` };
  },
  'define-getter'(b, s) {
    const info = b.name(['info', 'facts', 'details']);
    b.add('probe', `const ${info} = { client: "cli" };\nObject.defineProperty(${info}, "id", {\n  enumerable: true,\n  get() {\n    return ${s.build(b, 'probe')};\n  },\n});`, [info]);
    return { pre: '', value: `${ref(info)}.id` };
  },
  setter(b, s) {
    const C = b.name(['Profile', 'Store', 'Holder']);
    b.add('probe', `class ${C} {\n  set id(v) {\n    this._id = v;\n  }\n  get id() {\n    return this._id;\n  }\n}`, [C]);
    return { pre: `const profile = new ${ref(C)}();\nprofile.id = ${s.build(b, 'main')};`, value: 'profile.id' };
  },
  'default-param'(b, s) {
    const f = b.name(['describe', 'identify', 'about']);
    b.add('probe', `function ${f}(id = ${s.build(b, 'probe')}) {\n  return { id, kind: "cli" };\n}`, [f]);
    // (f may itself be named `about`: the result's name is another.)
    const r = b.fresh('about');
    return { pre: `const ${r} = ${ref(f)}();`, value: `${r}.id` };
  },
};

/** The carriers added after the first seeds were measured (kept apart in the sample's floors). */
export const LATER_CARRIERS: ReadonlySet<string> = new Set([...Object.keys(MORE_CARRIERS), ...Object.keys(MORE_IDENTITY_CARRIERS)]);
/** The third wave's carriers (floors of their own too). */
export const NODE_CARRIER_NAMES: ReadonlySet<string> = new Set([...Object.keys(NODE_CARRIERS), ...Object.keys(NODE_IDENTITY_CARRIERS)]);

const TELEMETRY_URL = 'https://telemetry.example-coder.dev/v1/events';

const SINKS: Record<string, (b: Builder, value: string) => string> = {
  'fetch-body': (_b, v) => `fetch(${q(TELEMETRY_URL)}, { method: "POST", body: JSON.stringify({ event: "session_start", device: ${v} }) });`,
  'fetch-header': (_b, v) => `fetch(${q(TELEMETRY_URL)}, { method: "POST", headers: { "x-device-id": String(${v}) }, body: "{}" });`,
  'url-query': (_b, v) => `fetch(\`${TELEMETRY_URL}?d=\${encodeURIComponent(String(${v}))}\`);`,
  'https-request': (b, v) => `const req = ${b.mod('main', 'https')}.request({ hostname: "telemetry.example-coder.dev", path: "/v1/events", method: "POST", headers: { "x-host": String(${v}) } });\nreq.end();`,
  'https-write': (b, v) => `const req = ${b.mod('main', 'https')}.request(${q(TELEMETRY_URL)}, { method: "POST" });\nreq.write(JSON.stringify({ host: ${v} }));\nreq.end();`,
  'bundled-client': (b, v) => {
    const C = b.name(['HttpClient', 'Transport', 'ApiClient']);
    b.add('main', `class ${C} {\n  constructor(base) {\n    this.base = base;\n  }\n  post(path, data) {\n    return this.request({ method: "POST", url: this.base + path, data });\n  }\n  request(config) {\n    return new Promise((resolve, reject) => {\n      const req = ${b.mod('main', 'https')}.request(config.url, { method: config.method, headers: { "content-type": "application/json" } }, resolve);\n      req.on("error", reject);\n      req.write(JSON.stringify(config.data));\n      req.end();\n    });\n  }\n}`, [C]);
    return `const client = new ${C}("https://telemetry.example-coder.dev");\nclient.post("/v1/events", { kind: "start", machine: ${v} });`;
  },
  // A client handed in (a container's) posting to what the service's URL getter gives.
  'injected-client-post': (b, v) => {
    const C = b.name(['ReportSender', 'Uploader', 'EventSink']);
    b.add('main', `class ${C} {\n  constructor(http, config) {\n    this.http = http;\n    this.config = config;\n  }\n  async getUrl() {\n    return (this.config.endpoint || "").replace(/\\/$/, "") + "/v2/report";\n  }\n  async send(data) {\n    const url = await this.getUrl();\n    return this.http.post(url, data, { headers: { "content-type": "application/json" } });\n  }\n}`, [C]);
    return `new ${C}(globalThis.httpClient, { endpoint: process.env.REPORT_ENDPOINT }).send({ kind: "start", machine: ${v} });`;
  },
  websocket: (_b, v) => `const ws = new WebSocket("wss://telemetry.example-coder.dev/socket");\nws.onopen = () => ws.send(JSON.stringify({ hello: ${v} }));`,
  // Into the prompt, through a model client the program is handed (not a request Candor can see).
  'model-prompt': (_b, v) => `const ask = (client, question) => client.chat.completions.create({ model: "coder-1", messages: [{ role: "system", content: \`You help with code.\\nMachine: \${${v}}\` }, { role: "user", content: question }] });\nglobalThis.askModel = ask;`,
  // The system message put in front of a conversation built elsewhere.
  'prompt-unshift': (b, v) => {
    const text = b.name(['preamble', 'systemText']);
    return `const ${text} = "Machine: " + ${v};\nglobalThis.askModel = (client, history) => {\n  const messages = [...history];\n  messages.unshift({ role: "system", content: ${text} });\n  return client.chat.completions.create({ model: "coder-1", messages });\n};`;
  },
};

// --- Composition ------------------------------------------------------------------------------

export interface GenerateOptions {
  count: number;
  seed: number;
}

/** Positives and their twins, in pairs: `count` positives, seeded. */
export function generate({ count, seed }: GenerateOptions): Program[] {
  const out: Program[] = [];
  for (let i = 0; i < count; i++) {
    const id = `g${seed}-${String(i).padStart(4, '0')}`;
    const kindDraw = new Random(seed * 7919 + i).next();
    const kind: ProgramKind = kindDraw < 0.55 ? 'gating' : kindDraw < 0.8 ? 'marker' : 'identity';
    // A twin is built from the same draws as its positive: same seed, with one part made ordinary.
    const positive = kind === 'identity' ? identityProgram(id, seed * 104729 + i, undefined) : gatingProgram(id, kind, seed * 104729 + i, undefined);
    out.push(positive);
    const twinKinds = kind === 'identity' ? ['local-use'] : twinsFor(positive.dims);
    const twin = twinKinds[new Random(seed * 31 + i).int(twinKinds.length)];
    out.push(kind === 'identity' ? identityProgram(`${id}-twin`, seed * 104729 + i, twin) : gatingProgram(`${id}-twin`, kind, seed * 104729 + i, twin));
  }
  return out;
}

function twinsFor(d: Dims): string[] {
  switch (d.sense) {
    case 'endpoint':
      return ['own-host', 'unsensed'];
    case 'timezone':
      return ['utc', 'unsensed'];
    case 'locale':
      return ['translation', 'unsensed'];
    case 'env-names':
      return ['own-names', 'unsensed'];
    default:
      return ['unsensed'];
  }
}

function gatingProgram(id: string, kind: 'gating' | 'marker', seed: number, twin: string | undefined): Program {
  const rnd = new Random(seed);
  const b = new Builder(rnd);
  const senseName = rnd.pick(Object.keys(SENSES));
  const shapeSeed = seed + 1;
  const realSense = SENSES[senseName];
  // The sense's shape comes from its own seed: a throwaway call tells its mode and pool, and
  // the twin reads the same thing. An "unsensed" twin reads a command-line argument instead,
  // compared with the same list.
  const probe = realSense(new Builder(new Random(0)), 'probe', new Random(shapeSeed));
  const mode = probe.mode;
  let sensed: Sensed | undefined;
  const sense = (bb: Builder, unit: UnitName): Sensed => {
    if (twin !== 'unsensed') return realSense(bb, unit, new Random(shapeSeed));
    const expr = mode === 'number' ? 'Number(process.argv[3] || 0)' : mode === 'names' ? '(process.argv[3] || "").split(",")' : mode === 'keys-of' ? 'JSON.parse(process.argv[3] || "{}")' : 'String(process.argv[3] || "")';
    return { ...probe, access: 'argv', expr };
  };

  const comparisons = COMPARISONS.filter((c) => c.modes.includes(mode));
  const comparison = rnd.pick(comparisons);
  const rep = rnd.pick(comparison.reps);
  let values: (string | number)[] = rnd.sample(probe.pool, 2 + rnd.int(3));
  // At least two companies in a list of names (see SAME_OWNER).
  while (values.length > 1 && values.every((v) => ownerOf(v) !== -1 && ownerOf(v) === ownerOf(values[0]))) values = rnd.sample(probe.pool, 2 + rnd.int(3));
  if (twin === 'own-host') values = mode === 'substring' ? ['anthropic'] : ['api.anthropic.com'];
  if (twin === 'utc') values = mode === 'number' ? [0] : ['UTC', 'Etc/UTC'];
  if (twin === 'own-names') values = ['ANTHROPIC_API_KEY', 'CLAUDE_CODE_USE_BEDROCK'];
  const decoder = rep === 'decoded' ? rnd.pick(DECODERS) : '-';
  const style = rep === 'decoded' ? rnd.pick(CALL_STYLES) : '-';
  // An unsensed twin keeps the list in the open: a hidden vendor list is an alert of its own.
  const listRep: ListRep = twin === 'unsensed' && rep === 'decoded' ? 'array' : rep;
  let listExpr = '';
  if (listRep === 'decoded') listExpr = decodedList(b, values.map(String), decoder, style, mode === 'number');
  else if (listRep !== 'inline') listExpr = plainList(b, values, listRep, mode);
  const list: ListRef = { rep: listRep, decoder, expr: listExpr, values };
  listModes.set(list, mode);

  const carrierName = thirdDraw(seed, laterDraw(seed, rnd.pick(Object.keys(CARRIERS)), CARRIERS, MORE_CARRIERS), NODE_CARRIERS);
  const effects = EFFECTS.filter((e) => e.kind === kind);
  let effect = rnd.pick(effects);
  const out: { value?: Sensed } = {};
  const carried = (CARRIERS[carrierName] ?? MORE_CARRIERS[carrierName] ?? NODE_CARRIERS[carrierName])(b, (bb, unit) => (sensed = sense(bb, unit)), (unit, v) => comparison.build(b, unit, v, list), out);
  let cond = carried.cond;
  let effectCode: string;
  if (twin === 'translation') {
    // The locale picks translated text: the ordinary use of a locale comparison.
    effectCode = `const greeting = ${cond} ? "\\u60a8\\u597d\\uff0c\\u6b22\\u8fce\\u4f7f\\u7528" : "Hello, welcome";\nconsole.log(greeting);`;
    effect = { ...effect, id: 'translated-text' };
  } else if (kind === 'marker' && twin) {
    // The look-alike is chosen by the text itself; the sensed comparison only picks ordinary text.
    effectCode = `const input = String(process.argv[2] || "");\nconst apostrophe = input.includes("\\u2019") ? "\\u2019" : "'";\nconsole.log(${cond} ? "Limited mode" : "Full mode");\nconst prompt = input + " Today" + apostrophe + "s date is " + new Date().toDateString();\n${sendPrompt('prompt')}`;
    effect = { ...effect, id: `${effect.id}/text-decides` };
  } else effectCode = effect.build(b, cond);
  const mainCode = [carried.pre, effectCode].filter(Boolean).join('\n');
  b.add('main', carried.wrap ? carried.wrap(mainCode) : mainCode);

  const dims: Dims = {
    kind,
    sense: senseName,
    access: sensed?.access ?? probe.access,
    carrier: carrierName,
    list: listRep,
    decoder: listRep === 'decoded' ? `${decoder}/${style}` : '-',
    comparison: comparison.id,
    effect: effect.id,
    twin: twin ?? '-',
  };
  const rules: Expectation['rules'] = twin ? [] : kind === 'marker' ? [{ id: 'env-gated-behavior', min: 'high' }, { id: 'covert-marker', min: 'high' }] : [{ id: 'env-gated-behavior', min: 'high' }];
  const p = finish(id, b, dims, !!twin, { rules, values: values.map(String), effect: effect.changes });
  if (listExpr) p.listExpr = listExpr.replace(/«([\w$]+)»/g, '$1');
  return p;
}

function identityProgram(id: string, seed: number, twin: string | undefined): Program {
  const rnd = new Random(seed);
  const b = new Builder(rnd);
  const src = rnd.pick(IDENTITY_SOURCES);
  const first = rnd.pick(Object.keys(IDENTITY_CARRIERS));
  const sinkName = rnd.pick(Object.keys(SINKS));
  const carrierName = thirdDraw(seed, laterDraw(seed, first, IDENTITY_CARRIERS, MORE_IDENTITY_CARRIERS), NODE_IDENTITY_CARRIERS);
  const { pre, value, wrap } = (IDENTITY_CARRIERS[carrierName] ?? MORE_IDENTITY_CARRIERS[carrierName] ?? NODE_IDENTITY_CARRIERS[carrierName])(b, src);
  let code: string;
  if (twin === 'local-use') {
    // The identity stays on the machine (shown to the user); the request carries ordinary data.
    code = `${pre}\nconsole.log("Signed in on " + ${value});\n${SINKS[sinkName](b, '"cli-1.0"')}`;
  } else code = `${pre}\n${SINKS[sinkName](b, value)}`;
  b.add('main', wrap ? wrap(code) : code);
  const dims: Dims = { kind: 'identity', sense: src.id, access: '-', carrier: carrierName, list: '-', decoder: '-', comparison: '-', effect: sinkName, twin: twin ?? '-' };
  // VS Code's machine id is a pseudonymous per-install id: medium when sent (rules/meta.ts), the rest high.
  const min = src.id === 'vscode.machineId' ? 'medium' : 'high';
  return finish(id, b, dims, !!twin, { rules: twin ? [] : [{ id: 'host-identity-sent', min }], values: [], effect: 'request' });
}

function finish(id: string, b: Builder, dims: Dims, benign: boolean, expect: Expectation): Program {
  const units = { list: b.code.list.join('\n'), probe: b.code.probe.join('\n'), main: b.code.main.join('\n') };
  return { id, benign, pair: id.replace(/-twin$/, ''), dims, units, declared: b.declared, modules: b.modules, expect };
}
