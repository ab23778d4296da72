/**
 * The trust panel's message protocol, shared by the page and the extension. Closed: the extension
 * accepts only these page messages, checks every field, and looks every id up in its own state.
 * The page never names a command, a file path or a URL.
 */
import type { AutoState, ChecklistItemId, DisclosureState } from '../core/review/checklist/types';
import { ALERT_STATES, type AlertState } from '../core/review/alert-state';
import type { ReviewState } from '../core/review/reviews';
import type { Severity, TraceRole } from '../core/model';

// ---- extension → page ---------------------------------------------------------------------

export interface StepView {
  index: number;
  role: TraceRole;
  note: string;
  where: string;
}

export interface AlertView {
  fingerprint: string;
  occurrence: number;
  ruleId: string;
  ruleName: string;
  severity: Severity;
  confidence: string;
  message: string;
  rationale: string;
  values: string[];
  where: string;
  steps: StepView[];
  /** A reviewer's decision on this alert; `status` says whether it still holds. */
  decision?: { state: AlertState; reason: string; reviewer: string; date: string; expires?: string; status: 'current' | 'expired' | 'changed' };
}

export interface DecodedView {
  value: string;
  how: string;
  fingerprint: string;
  occurrence: number;
}

export interface CapabilityView {
  label: string;
  count: number;
  groups: { label: string; entries: string[] }[];
}

export interface ChecklistView {
  id: ChecklistItemId;
  question: string;
  state: AutoState;
  summary: string;
  disclosure: DisclosureState;
  disclosureNote?: string;
  /** Against the vendor's record: what the vendor does not document, with where the code does it ("dist/cli.js:77"). */
  undocumented?: { value: string; where?: string }[];
  undocumentedTotal?: number;
  documentedCount?: number;
  evidence: { fingerprint: string; occurrence: number; label: string }[];
  review?: { state: ReviewState; note?: string; current: boolean; reviewer: string; date: string };
}

export interface ToolView {
  id: string;
  name: string;
  version?: string;
  vendor?: string;
  publisher?: string;
  kind: string;
  installPath: string;
  foundBy: string;
  contentHash?: string;
  status: string;
  verdict: string;
  risk: string;
  checklistVerdict?: AutoState;
  alerts: AlertView[];
  decoded: DecodedView[];
  capabilities: CapabilityView[];
  checklist?: ChecklistView[];
  reviewStale?: string[];
  errors: { path: string; kind: string; reason: string }[];
  hasPrevious: boolean;
}

export interface PanelState {
  type: 'state';
  scanning: boolean;
  scanned: boolean;
  tools: { id: string; label: string }[];
  tool?: ToolView;
  reviewsWritable: boolean;
  reviewsFile?: string;
  reviewProblem?: string;
  /** `report`: one tool's trust report in the editor area, laid out for its width; `panel`: the sidebar summary. */
  layout?: 'panel' | 'report';
}

export interface SavedNotice {
  type: 'saved';
  /** The checklist item, or `alert:<fingerprint>` for an alert's decision. */
  itemId: ChecklistItemId | `alert:${string}`;
  ok: boolean;
  message: string;
}

export type ExtensionMessage = PanelState | SavedNotice;

// ---- page → extension ---------------------------------------------------------------------

export type PageMessage =
  | { type: 'ready' }
  | { type: 'selectTool'; toolId: string }
  | { type: 'openStep'; toolId: string; fingerprint: string; occurrence: number; step: number }
  | { type: 'openReadable'; toolId: string; fingerprint: string; occurrence: number }
  | { type: 'review'; toolId: string; itemId: ChecklistItemId; state: ReviewState; note: string }
  /** A decision on one alert (`clear` removes it); `expires` is '' or YYYY-MM-DD. */
  | { type: 'decideAlert'; toolId: string; fingerprint: string; state: AlertState | 'clear'; reason: string; expires: string }
  | { type: 'rescan'; toolId: string }
  | { type: 'export'; toolId: string }
  | { type: 'compare'; toolId: string }
  | { type: 'revealInstall'; toolId: string }
  | { type: 'openReport'; toolId: string };

const CHECKLIST_IDS: readonly string[] = ['telemetry', 'env-vars', 'locale', 'host-identity', 'endpoint-inspection', 'obfuscation', 'gating', 'network', 'commands-files', 'provenance'];
const REVIEW_STATES: readonly string[] = ['accepted', 'rejected', 'needs-info'];
const ALERT_DECISIONS: readonly string[] = [...ALERT_STATES, 'clear'];
const TOOL_ONLY = new Set(['selectTool', 'rescan', 'export', 'compare', 'revealInstall', 'openReport']);

export const LIMITS = { id: 4096, fingerprint: 512, note: 4000, occurrence: 10_000, step: 1000 } as const;

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const int = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/**
 * Checks a message from the page. Returns it typed, or undefined when anything is off: an unknown
 * type, a missing or oversized field, an extra field. Ids still have to be looked up by the caller.
 */
export function parsePageMessage(raw: unknown): PageMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  const only = (...k: string[]) => keys === ['type', ...k].sort().join(',');
  switch (m.type) {
    case 'ready':
      return only() ? { type: 'ready' } : undefined;
    case 'openStep':
      return only('toolId', 'fingerprint', 'occurrence', 'step') && str(m.toolId, LIMITS.id) && str(m.fingerprint, LIMITS.fingerprint) && int(m.occurrence, LIMITS.occurrence) && int(m.step, LIMITS.step)
        ? { type: 'openStep', toolId: m.toolId, fingerprint: m.fingerprint, occurrence: m.occurrence, step: m.step }
        : undefined;
    case 'openReadable':
      return only('toolId', 'fingerprint', 'occurrence') && str(m.toolId, LIMITS.id) && str(m.fingerprint, LIMITS.fingerprint) && int(m.occurrence, LIMITS.occurrence)
        ? { type: 'openReadable', toolId: m.toolId, fingerprint: m.fingerprint, occurrence: m.occurrence }
        : undefined;
    case 'review':
      return only('toolId', 'itemId', 'state', 'note') && str(m.toolId, LIMITS.id) && typeof m.itemId === 'string' && CHECKLIST_IDS.includes(m.itemId) && typeof m.state === 'string' && REVIEW_STATES.includes(m.state) && typeof m.note === 'string' && m.note.length <= LIMITS.note
        ? { type: 'review', toolId: m.toolId, itemId: m.itemId as ChecklistItemId, state: m.state as ReviewState, note: m.note }
        : undefined;
    case 'decideAlert':
      return only('toolId', 'fingerprint', 'state', 'reason', 'expires') && str(m.toolId, LIMITS.id) && str(m.fingerprint, LIMITS.fingerprint) && typeof m.state === 'string' && ALERT_DECISIONS.includes(m.state) && typeof m.reason === 'string' && m.reason.length <= LIMITS.note && typeof m.expires === 'string' && (m.expires === '' || (/^\d{4}-\d{2}-\d{2}$/.test(m.expires) && !Number.isNaN(Date.parse(m.expires))))
        ? { type: 'decideAlert', toolId: m.toolId, fingerprint: m.fingerprint, state: m.state as AlertState | 'clear', reason: m.reason, expires: m.expires }
        : undefined;
    default:
      if (typeof m.type === 'string' && TOOL_ONLY.has(m.type) && only('toolId') && str(m.toolId, LIMITS.id)) return { type: m.type, toolId: m.toolId } as PageMessage;
      return undefined;
  }
}
