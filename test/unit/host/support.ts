import type { InputEvent } from '../../../src/host/artifacts';
import { expandInput, type ExpandOptions } from '../../../src/host/artifacts';
import type { Artifact, FileResult, ScanError, SourceFile } from '../../../src/core/model';
import { emptyInventory } from '../../../src/core/model';

export interface Expanded {
  events: InputEvent[];
  artifacts: Artifact[];
  sources: SourceFile[];
  errors: ScanError[];
  findings: Extract<InputEvent, { type: 'finding' }>[];
}

export async function expandAll(input: string, opts: ExpandOptions = {}): Promise<Expanded> {
  const events: InputEvent[] = [];
  for await (const ev of expandInput(input, opts)) events.push(ev);
  return {
    events,
    artifacts: events.flatMap((e) => (e.type === 'artifact' ? [e.artifact] : [])),
    sources: events.flatMap((e) => (e.type === 'source' ? [e.source] : [])),
    errors: events.flatMap((e) => (e.type === 'error' ? [e.error] : [])),
    findings: events.flatMap((e) => (e.type === 'finding' ? [e] : [])),
  };
}

/** Stands in for the analyser so container tests do not depend on the rules engine. */
export function recordingAnalyzer(seen: Array<{ path: string; length: number }>) {
  return (path: string, text: string): FileResult => {
    seen.push({ path, length: text.length });
    return { path, findings: [], inventory: emptyInventory() };
  };
}
