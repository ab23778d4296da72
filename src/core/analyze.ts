import { emptyInventory, type FileResult } from './model';
import { parseSource } from './parse';

export interface AnalyzeOptions {
  /** Hosts the tool's own vendor serves (from the catalog): comparing a base URL with them is ordinary. */
  firstPartyHosts?: string[];
}

/** Analyses one JavaScript source. Pure: no file system, network or process access. */
export function analyzeSource(path: string, text: string, _options: AnalyzeOptions = {}): FileResult {
  const t0 = performance.now();
  const parsed = parseSource(text);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) {
    return { path, findings: [], inventory: emptyInventory(), error: { path, kind: parsed.kind, reason: parsed.reason }, timing: { parseMs, analyseMs: 0 } };
  }
  return { path, findings: [], inventory: emptyInventory(), timing: { parseMs, analyseMs: 0 } };
}
