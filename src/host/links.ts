import * as path from 'path';
import type { AnalyzeOptions } from '../core/analyze';
import { answerFromData, moduleBase, resolveSpecifier, type LinkInputs } from '../core/links';
import type { FileResult } from '../core/model';

/** A file of the tool as the scan analysed it. */
export interface LinkedSource {
  path: string;
  text: string;
  hash: string;
}

export interface LinkOptions {
  /** Rounds of following values on (a value may cross several files). */
  rounds?: number;
  /** Files analysed again for identity flows, at most (questions about decisions get half as many more). */
  maxAnalyses?: number;
  /** Analyses at once. */
  concurrency?: number;
  /** Characters analysed again for identity flows, at most (default: half the tool's, at least 8 M; questions about decisions get a quarter more). */
  maxChars?: number;
  /**
   * The text of a data file of the tool a module requires (`require("../package.json")`), which
   * is not one of the sources: undefined when it is not there or not the tool's to read.
   */
  readData?: (path: string) => string | undefined;
}

/** A data file's name: what a question about a file of the tool may be answered from. */
const DATA_FILE = /\.(json|ya?ml)$/i;
/** A specifier under the root of the tool's package (a VS Code extension's `extensionPath`). */
const PACKAGE_ROOT = '~package/';

/**
 * The file at `rel` under the root of the package `importer` is in: the nearest folder above it
 * (four at most) whose package.json the scan may read. None when there is no such folder.
 */
function packageFile(importer: string, rel: string, readData: LinkOptions['readData']): string[] {
  if (!readData || importer.includes('!')) return [];
  for (let up = 0, at = path.dirname(importer); up <= 4; up++) {
    if (readData(path.join(at, 'package.json')) !== undefined) return [path.join(at, ...rel.split('/'))];
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  return [];
}

/**
 * Files analysed again for flows at most (half as many for questions). Most are small chunks a
 * value passes through (Claude Code's git identity crosses three of its 3,500 modules, and
 * the widely imported helpers around it are analysed again too); the text read again is bounded
 * apart (half of the tool's code for flows, a quarter for questions).
 */
const MAX_ANALYSES = 128;

/**
 * The second round of a scan: each file's analysis says where a sensed value leaves it through an
 * import or an export (FileResult.links); the file on the other side is analysed again with what
 * comes in, and its result replaces the first (it holds everything the first did, and the flows
 * that cross). Repeats while values go on crossing, within bounds. A file whose second analysis
 * fails keeps its first result.
 */
export async function followLinks(
  results: (FileResult | undefined)[],
  sources: readonly LinkedSource[],
  analyze: (path: string, text: string, options: AnalyzeOptions, hash: string) => Promise<FileResult>,
  options: AnalyzeOptions,
  opts: LinkOptions = {},
): Promise<{ analysed: number }> {
  const bySlot = new Map<string, number>();
  sources.forEach((s, i) => bySlot.set(s.path, i));
  const inputs = new Map<number, LinkInputs>();
  const seen = new Set<string>();
  const pending = results.map((r, i) => (r?.links ? i : -1)).filter((i) => i >= 0);
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  // Tests of another file's value wait until that file is found to decide something by a sensed value.
  const deferred = new Map<number, { ref: string; origin: string; tested?: boolean; sample?: boolean; sent?: boolean }[]>();
  // What a file's links add to the inputs of the files on the other side: the files changed,
  // each with how widely what changed it is shared (a value passed into one export is specific; an
  // export a thousand chunks import, a path helper of the main chunk, is not), and by which
  // channel: identity on its way to a request, or a question about a decision (core/links.ts).
  // The files that read an environment variable by its name, found once per name.
  const readers = new Map<string, number[]>();
  const envReaders = (name: string): number[] => {
    let found = readers.get(name);
    if (!found) {
      const n = name.replace(/\$/g, '\\$');
      const re = new RegExp(`env(?:\\.${n}\\b|\\[\\s*["'\`]${n}["'\`]\\s*\\])`);
      readers.set(name, (found = /^[A-Za-z_$][\w$]*$/.test(name) ? sources.flatMap((s, i) => (s.text.includes(name) && re.test(s.text) ? [i] : [])) : []));
    }
    return found;
  };
  const propagate = (slot: number, change: Change) => {
    const from = sources[slot];
    const links = results[slot]?.links;
    if (!from || !links) return;
    for (const exit of links.exits ?? []) {
      const target = resolveSpecifier(from.path, exit.module).map((p) => bySlot.get(p)).find((i) => i !== undefined);
      if (target === undefined || target === slot) continue;
      const { module: _m, ...entry } = exit;
      // Where it came from: what the other side calls on what this file handed it goes back here.
      if (add(seen, inputs, target, 'entries', { ...entry, origin: from.path })) change(target, 1, exit.forDecision ? 'ask' : 'flow');
    }
    for (const back of links.returns ?? []) {
      const target = bySlot.get(back.module);
      if (target === undefined || target === slot) continue;
      const { module: _m, ...value } = back;
      if (add(seen, inputs, target, 'returns', value)) change(target, 1, 'flow');
    }
    // A value compared here and defined there is asked of the exporting file, which answers the asking one.
    for (const ask of links.asks ?? []) {
      const paths = ask.module.startsWith(PACKAGE_ROOT) ? packageFile(from.path, ask.module.slice(PACKAGE_ROOT.length), opts.readData) : resolveSpecifier(from.path, ask.module);
      const target = paths.map((p) => bySlot.get(p)).find((i) => i !== undefined);
      if (target === undefined && opts.readData) {
        // A JSON (or YAML) file the module requires or reads answers from what it holds.
        const file = paths.find((p) => DATA_FILE.test(p));
        const text = file ? opts.readData(file) : undefined;
        const value = file && text !== undefined ? answerFromData(ask.ref, file, text) : undefined;
        if (value && add(seen, inputs, slot, 'values', value)) change(slot, 1, 'ask');
        continue;
      }
      if (target === undefined || target === slot) continue;
      const value = { ref: ask.ref, origin: from.path, ...(ask.tested ? { tested: true } : {}), ...(ask.sample ? { sample: true } : {}), ...(ask.sent ? { sent: true } : {}) };
      if (ask.tested && !results[target]?.links?.decides) {
        const list = deferred.get(target) ?? [];
        if (list.length < 64 && !list.some((x) => x.ref === value.ref && x.origin === value.origin)) list.push(value);
        deferred.set(target, list);
      } else if (add(seen, inputs, target, 'asks', value)) change(target, 1, ask.sent ? 'flow' : 'ask');
    }
    // A file found to decide something is asked what the files that test its values wanted.
    if (links.decides) {
      for (const value of deferred.get(slot) ?? []) if (add(seen, inputs, slot, 'asks', value)) change(slot, 1, 'ask');
      deferred.delete(slot);
    }
    for (const answer of links.answers ?? []) {
      const target = bySlot.get(answer.module);
      if (target === undefined || target === slot) continue;
      const { module: _m, ...value } = answer;
      if (add(seen, inputs, target, 'values', value)) change(target, 1, answer.sent ? 'flow' : 'ask');
    }
    // A decision written into an environment variable: the files that read it (`env.NAME`, `env["NAME"]`).
    for (const w of links.envWrites ?? []) {
      const all = envReaders(w.name).filter((i) => i !== slot);
      for (const i of all.slice(0, 16)) if (add(seen, inputs, i, 'envs', { ...w, module: from.path })) change(i, all.length, w.sensed ? 'flow' : 'ask');
    }
    for (const cb of links.callbacks ?? []) {
      const target = bySlot.get(cb.module);
      if (target === undefined || target === slot) continue;
      if (add(seen, inputs, target, 'callbacks', { ...cb, module: from.path })) change(target, 1, 'flow');
    }
    if (links.exports?.length || links.writes?.length) {
      // Importers name the file by its last path segment (`./client.js`, `/$bunfs/root/chunk-a.js`):
      // the files that mention it are looked for once, whatever number of exports it has.
      const base = moduleBase(from.path);
      const importers = base ? sources.flatMap((s, i) => (i !== slot && s.text.includes(base) ? [i] : [])) : [];
      // Files that require it by a name their text hides (decoded by their own analysis).
      const hiding = sources.flatMap((s, i) => (i !== slot && results[i]?.links?.hidden?.some((spec) => resolveSpecifier(s.path, spec).includes(from.path)) ? [i] : []));
      // A chunk every other chunk imports from (Bun's main chunk) has a thousand importers: only
      // those that import the export itself are analysed again.
      // (What an export gives, and what it writes into its callers' objects.)
      const toUsers = (kind: 'imports' | 'writes', name: string, value: object) => {
        const users = [...new Set([...importers.filter((i) => mayImport(sources[i].text, base, name)), ...hiding])];
        for (const i of users) if (add(seen, inputs, i, kind, { ...value, module: from.path })) change(i, users.length, 'flow');
      };
      for (const exp of links.exports ?? []) toUsers('imports', exp.name, exp);
      for (const w of links.writes ?? []) toUsers('writes', w.path[0], w);
    }
  };
  const flow = new Map<number, number>();
  const ask = new Map<number, number>();
  const carry = (into: Map<number, number>) => (target: number, width: number) => into.set(target, Math.min(into.get(target) ?? Infinity, width));
  for (const slot of pending) propagate(slot, (t, w, channel) => carry(channel === 'flow' ? flow : ask)(t, w));
  const run = async (changed: Map<number, number>, budget: { analyses: number; chars: number }, route: Change, rounds: number) => {
    let analysed = 0;
    for (let round = 0; round < rounds && changed.size && analysed < budget.analyses; round++) {
      const fan = new Map(changed);
      changed.clear();
      const todo = [...fan.keys()].sort((a, b) => fan.get(a)! - fan.get(b)! || sources[a].text.length - sources[b].text.length).filter((slot) => {
        if (budget.chars < sources[slot].text.length) return false;
        budget.chars -= sources[slot].text.length;
        return true;
      }).slice(0, budget.analyses - analysed);
      analysed += todo.length;
      const width = Math.max(1, opts.concurrency ?? 1);
      // Small and specific files go first; what they send on reaches a file later in the same round
      // before that file is analysed (a value that crosses three chunks costs the large one's parse
      // once, not once per round). A file already under way gets it in the next round.
      const waiting = new Set(todo);
      for (let k = 0; k < todo.length; k += width) {
        const batch = todo.slice(k, k + width);
        for (const slot of batch) waiting.delete(slot);
        await Promise.all(
          batch.map(async (slot) => {
            const s = sources[slot];
            // A copy: what a sibling in the batch sends on while this one waits for the cache must not
            // change the inputs this analysis (and its cache key) was given.
            const given = inputs.get(slot);
            const again = await analyze(s.path, s.text, { ...options, links: given && structuredClone(given) }, s.hash).catch(() => undefined);
            if (!again || again.error) return;
            const before = JSON.stringify(results[slot]?.links ?? {});
            results[slot] = again;
            if (again.links && JSON.stringify(again.links) !== before) propagate(slot, (target, w, channel) => (waiting.has(target) ? undefined : route(target, w, channel)));
          }),
        );
      }
    }
    return analysed;
  };
  // Identity on its way to a request first, within half the tool's code read again (a value that
  // leaves for a 16 MB chunk costs that chunk's parse again); questions about decisions meanwhile
  // wait for their own rounds, within a quarter, so that they never take the first's place.
  const flowBudget = { analyses: opts.maxAnalyses ?? MAX_ANALYSES, chars: opts.maxChars ?? Math.max(8_000_000, total / 2) };
  let analysed = await run(flow, flowBudget, (t, w, channel) => carry(channel === 'flow' ? flow : ask)(t, w), opts.rounds ?? 5);
  for (const [t, w] of flow) carry(ask)(t, w);
  const askBudget = { analyses: Math.ceil((opts.maxAnalyses ?? MAX_ANALYSES) / 2), chars: opts.maxChars !== undefined ? opts.maxChars / 2 : Math.max(4_000_000, total / 4) };
  // (A question crosses back and forth: a value handed A → B → C and the decision C makes with it
  // answered back to B takes six analyses in a row. The budget above bounds what they read.)
  analysed += await run(ask, askBudget, (t, w) => carry(ask)(t, w), opts.rounds ?? 8);
  return { analysed };
}

type Change = (target: number, width: number, channel: 'flow' | 'ask') => void;

/**
 * Whether a file that names module `base` may import its export `name`: an import list
 * (`import { a, b as c } from ".../base.js"`) must list it; another form (a namespace import,
 * `require`) may use any export, when the name occurs in the file at all.
 */
export function mayImport(text: string, base: string, name: string): boolean {
  let other = false;
  for (let at = text.indexOf(base), n = 0; at >= 0 && n < 16; at = text.indexOf(base, at + base.length), n++) {
    const head = text.slice(Math.max(0, at - 4000), at);
    const stmt = head.slice(head.lastIndexOf('import'));
    const list = /^import\s*\{([^}]*)\}\s*from\s*["'][^"']*$/.exec(stmt);
    if (!list) {
      other = true;
      continue;
    }
    for (const spec of list[1].split(',')) if (spec.trim().split(/\s+as\s+/)[0] === name) return true;
  }
  // (What a forked child or a worker sends back, `@@reply`, goes to the files that name it: they start it.)
  return other && (name === 'default' || name === '@@reply' || text.includes(name));
}

function add(seen: Set<string>, inputs: Map<number, LinkInputs>, slot: number, kind: 'entries' | 'imports' | 'writes' | 'callbacks' | 'asks' | 'values' | 'returns' | 'envs', value: object): boolean {
  const key = `${slot}\u0000${kind}\u0000${JSON.stringify(value)}`;
  if (seen.has(key)) return false;
  seen.add(key);
  const into = inputs.get(slot) ?? {};
  const list = ((into[kind] as object[] | undefined) ??= []);
  if (list.length >= 32) return false;
  list.push(value);
  inputs.set(slot, into);
  return true;
}
