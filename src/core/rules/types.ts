import type { Node } from '../engine/ast';
import type { LineIndex } from '../engine/lines';
import type { Confidence, Inventory, Severity } from '../model';
import type { Resolver, Step } from '../engine/resolve';
import type { ProgramFacts, Visitors } from '../engine/collect';
import type { Decision } from './query';
import type { LinkInputs, ModuleLinks } from '../links';

export interface DraftFinding {
  ruleId: string;
  severity?: Severity;
  confidence: Confidence;
  message: string;
  node: Node;
  values: string[];
  trace: Step[];
  /** What identifies this finding across re-minification: kinds and values, never names or offsets. */
  key: string[];
  details?: Record<string, unknown>;
}

export interface CheckContext {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly inventory: Inventory;
  readonly firstPartyHosts: string[];
  report(f: DraftFinding): void;
  /** Available in `finish`, after the traversal. */
  resolver(): Resolver;
  facts(): ProgramFacts;
  /** Nodes from the program (or `within`) down to `target`, target last. */
  ancestors(target: Node, within?: Node): Node[];
  /** The program's tree (available in `finish`). */
  root(): Node;
  /** What other modules of the tool tell this one (inputs) and what leaves it for them (out). */
  readonly links: { inputs?: LinkInputs; out: ModuleLinks };
  /** Region, vendor and locale decisions the gating check found (in `finish`, for the checks after it). */
  readonly decisions: Decision[];
}

/**
 * A check, in ESLint's shape: its visitors run on the one shared traversal and collect cheap
 * candidates; `finish` resolves the few that matter. `reports` lists the rule ids (meta.ts) it
 * can report, so the rule table, docs and tests stay in step.
 */
export interface Check {
  name: string;
  reports: string[];
  create(ctx: CheckContext): { visitors: Visitors; finish?(): void };
}
