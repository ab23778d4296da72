import type { AnalyzeOptions } from '../core/analyze';
import { resolveSpecifier, type LinkInputs } from '../core/links';
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
  /** Files analysed again in all, at most. */
  maxAnalyses?: number;
  /** Analyses at once. */
  concurrency?: number;
  /** Characters analysed again in all, at most (default: half the tool's, at least 8 M). */
  maxChars?: number;
}

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
  let pending = results.map((r, i) => (r?.links ? i : -1)).filter((i) => i >= 0);
  let analysed = 0;
  const max = opts.maxAnalyses ?? 64;
  // A value that leaves for a 16 MB chunk costs that chunk's parse again: the whole round is bounded.
  let budget = opts.maxChars ?? Math.max(8_000_000, sources.reduce((n, s) => n + s.text.length, 0) / 2);
  for (let round = 0; round < (opts.rounds ?? 3) && pending.length && analysed < max; round++) {
    const changed = new Set<number>();
    for (const slot of pending) {
      const from = sources[slot];
      const links = results[slot]?.links;
      if (!from || !links) continue;
      for (const exit of links.exits ?? []) {
        const target = resolveSpecifier(from.path, exit.module).map((p) => bySlot.get(p)).find((i) => i !== undefined);
        if (target === undefined || target === slot) continue;
        const { module: _m, ...entry } = exit;
        if (add(seen, inputs, target, 'entries', entry)) changed.add(target);
      }
      if (links.exports?.length) {
        // Importers name the file by its last path segment (`./client.js`, `/$bunfs/root/chunk-a.js`):
        // the files that mention it are looked for once, whatever number of exports it has.
        const inner = from.path.slice(from.path.lastIndexOf('!') + 1);
        const base = inner.slice(inner.lastIndexOf('/') + 1).replace(/\.(m?js|cjs)$/, '');
        const importers = base ? sources.flatMap((s, i) => (i !== slot && s.text.includes(base) ? [i] : [])) : [];
        for (const exp of links.exports) for (const i of importers) if (add(seen, inputs, i, 'imports', { ...exp, module: from.path })) changed.add(i);
      }
    }
    const todo = [...changed].sort((a, b) => sources[a].text.length - sources[b].text.length).filter((slot) => {
      if (budget < sources[slot].text.length) return false;
      budget -= sources[slot].text.length;
      return true;
    }).slice(0, max - analysed);
    analysed += todo.length;
    const width = Math.max(1, opts.concurrency ?? 1);
    const next: number[] = [];
    for (let k = 0; k < todo.length; k += width) {
      await Promise.all(
        todo.slice(k, k + width).map(async (slot) => {
          const s = sources[slot];
          const again = await analyze(s.path, s.text, { ...options, links: inputs.get(slot) }, s.hash).catch(() => undefined);
          if (!again || again.error) return;
          const before = JSON.stringify(results[slot]?.links ?? {});
          results[slot] = again;
          if (again.links && JSON.stringify(again.links) !== before) next.push(slot);
        }),
      );
    }
    pending = next;
  }
  return { analysed };
}

function add(seen: Set<string>, inputs: Map<number, LinkInputs>, slot: number, kind: 'entries' | 'imports', value: object): boolean {
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
