import { evidenceKeys } from './checklist/evaluate';
import { isChecklistItemId, type AutoState, type ChecklistItem, type ChecklistItemId } from './checklist/types';
import type { ToolIdentity } from '../model';
import { ALERT_STATES, type AlertState } from './alert-state';

/**
 * Reviews: a person's verdict on each checklist item of one tool version, kept in a JSON file a
 * team commits (`.candor/reviews.json`). Pure: parsing, validation, staleness; the file I/O lives
 * in src/host/reviews.ts.
 */

export const REVIEWS_SCHEMA_ID = 'urn:candor:reviews:1';
export const REVIEWS_VERSION = 1;

export const REVIEW_STATES = ['accepted', 'rejected', 'needs-info'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ItemReview {
  state: ReviewState;
  note?: string;
  /** evidenceKeys(item) at review time: finding fingerprints and inventory facts. */
  evidence: string[];
  /** Candor's automatic state when the reviewer decided, for context. */
  autoState?: AutoState;
  /** Who decided this item and when, when it differs from the review's reviewer and date. */
  reviewer?: string;
  date?: string;
}

export interface ReviewedTool {
  id: string;
  name?: string;
  version?: string;
  contentHash?: string;
}

export interface ToolReview {
  tool: ReviewedTool;
  reviewer: string;
  /** ISO 8601. */
  date: string;
  items: Partial<Record<ChecklistItemId, ItemReview>>;
}

export interface ReviewsFile {
  $schema: string;
  version: number;
  reviews: ToolReview[];
  /** Decisions on single alerts, beside the checklist reviews. */
  alerts?: AlertDecision[];
}

export { ALERT_STATES, ALERT_STATE_LABEL, type AlertState } from './alert-state';

/**
 * A reviewer's decision on one alert: pinned to the finding's fingerprint and to the tool's content
 * hash when it was made. It lapses (the alert comes back) when it expires or the tool's code changes.
 */
export interface AlertDecision {
  tool: ReviewedTool;
  fingerprint: string;
  state: AlertState;
  reason: string;
  /** YYYY-MM-DD: the last day the decision holds. */
  expires?: string;
  reviewer: string;
  /** ISO 8601. */
  date: string;
}

export type AlertDecisionStatus = 'current' | 'expired' | 'changed';

/** The decision on an alert of this tool, and whether it still holds. */
export function alertDecisionOf(file: ReviewsFile | undefined, tool: { id: string; contentHash?: string }, fingerprint: string, now: Date = new Date()): { decision: AlertDecision; status: AlertDecisionStatus } | undefined {
  const d = file?.alerts?.find((a) => a.tool.id === tool.id && a.fingerprint === fingerprint);
  if (!d) return undefined;
  if (d.expires && now.toISOString().slice(0, 10) > d.expires) return { decision: d, status: 'expired' };
  if (d.tool.contentHash && tool.contentHash && d.tool.contentHash !== tool.contentHash) return { decision: d, status: 'changed' };
  return { decision: d, status: 'current' };
}

/** Whether an alert is settled for now: a current decision that it is accepted or a false positive. */
export function alertSettled(file: ReviewsFile | undefined, tool: { id: string; contentHash?: string }, fingerprint: string, now: Date = new Date()): boolean {
  const d = alertDecisionOf(file, tool, fingerprint, now);
  return !!d && d.status === 'current' && d.decision.state !== 'to-fix';
}

/** Records (or with `decision` undefined, clears) the decision on one alert of a tool. */
export function setAlertDecision(file: ReviewsFile, tool: ToolIdentity | ReviewedTool, fingerprint: string, decision: { state: AlertState; reason: string; expires?: string } | undefined, reviewer: string, now: Date = new Date()): ReviewsFile {
  const others = (file.alerts ?? []).filter((a) => !(a.tool.id === tool.id && a.fingerprint === fingerprint));
  if (!decision) return { ...file, alerts: others };
  const pinned: ReviewedTool = { id: tool.id, ...(tool.name ? { name: tool.name } : {}), ...(tool.version ? { version: tool.version } : {}), ...(tool.contentHash ? { contentHash: tool.contentHash } : {}) };
  return { ...file, alerts: [...others, { tool: pinned, fingerprint, state: decision.state, reason: decision.reason, ...(decision.expires ? { expires: decision.expires } : {}), reviewer, date: now.toISOString() }] };
}

export function emptyReviewsFile(): ReviewsFile {
  return { $schema: REVIEWS_SCHEMA_ID, version: REVIEWS_VERSION, reviews: [] };
}

/** A problem with a reviews file, naming the file and where in it. */
export interface ReviewsFileProblem {
  file: string;
  kind: 'read' | 'json' | 'schema';
  /** One line a person can act on. */
  message: string;
  /** Each schema violation, with its JSON path. */
  problems: string[];
}

export type ParseResult = { ok: true; file: ReviewsFile } | { ok: false; error: ReviewsFileProblem };

/** JSON Schema (draft 2020-12) of the file, for editors; validateReviews enforces the same rules. */
export const REVIEWS_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: REVIEWS_SCHEMA_ID,
  title: 'Candor reviews',
  type: 'object',
  required: ['version', 'reviews'],
  properties: {
    $schema: { type: 'string' },
    version: { const: REVIEWS_VERSION },
    reviews: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool', 'reviewer', 'date', 'items'],
        properties: {
          tool: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, version: { type: 'string' }, contentHash: { type: 'string' } } },
          reviewer: { type: 'string', minLength: 1 },
          date: { type: 'string', format: 'date-time' },
          items: {
            type: 'object',
            propertyNames: { enum: ['telemetry', 'env-vars', 'locale', 'host-identity', 'endpoint-inspection', 'obfuscation', 'gating', 'network', 'commands-files', 'provenance'] },
            additionalProperties: {
              type: 'object',
              required: ['state', 'evidence'],
              properties: { state: { enum: [...REVIEW_STATES] }, note: { type: 'string' }, evidence: { type: 'array', items: { type: 'string' } }, autoState: { enum: ['pass', 'concern', 'fail', 'unknown'] }, reviewer: { type: 'string' }, date: { type: 'string', format: 'date-time' } },
            },
          },
        },
      },
    },
    alerts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool', 'fingerprint', 'state', 'reason', 'reviewer', 'date'],
        properties: {
          tool: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, version: { type: 'string' }, contentHash: { type: 'string' } } },
          fingerprint: { type: 'string', minLength: 1 },
          state: { enum: [...ALERT_STATES] },
          reason: { type: 'string' },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          reviewer: { type: 'string', minLength: 1 },
          date: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
} as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks parsed JSON against the reviews schema; returns every problem with its JSON path. */
export function validateReviews(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(data)) return ['$: expected an object with "version" and "reviews"'];
  if (data.$schema !== undefined && typeof data.$schema !== 'string') problems.push('$.$schema: expected a string');
  if (data.version !== REVIEWS_VERSION) problems.push(`$.version: expected ${REVIEWS_VERSION}, found ${JSON.stringify(data.version) ?? 'nothing'}`);
  if (!Array.isArray(data.reviews)) {
    problems.push('$.reviews: expected an array');
    return problems;
  }
  data.reviews.forEach((r, i) => {
    const at = `$.reviews[${i}]`;
    if (!isObj(r)) return void problems.push(`${at}: expected an object`);
    if (!isObj(r.tool)) problems.push(`${at}.tool: expected an object with an "id"`);
    else {
      if (typeof r.tool.id !== 'string' || !r.tool.id) problems.push(`${at}.tool.id: expected a non-empty string`);
      for (const k of ['name', 'version', 'contentHash'] as const) if (r.tool[k] !== undefined && typeof r.tool[k] !== 'string') problems.push(`${at}.tool.${k}: expected a string`);
    }
    if (typeof r.reviewer !== 'string' || !r.reviewer) problems.push(`${at}.reviewer: expected a non-empty string`);
    if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date))) problems.push(`${at}.date: expected an ISO 8601 date`);
    if (!isObj(r.items)) return void problems.push(`${at}.items: expected an object keyed by checklist item id`);
    for (const [id, it] of Object.entries(r.items)) {
      const ip = `${at}.items.${id}`;
      if (!isChecklistItemId(id)) problems.push(`${ip}: unknown checklist item "${id}"`);
      if (!isObj(it)) {
        problems.push(`${ip}: expected an object with "state" and "evidence"`);
        continue;
      }
      if (!(REVIEW_STATES as readonly unknown[]).includes(it.state)) problems.push(`${ip}.state: expected ${REVIEW_STATES.join(', ')}, found ${JSON.stringify(it.state) ?? 'nothing'}`);
      if (it.note !== undefined && typeof it.note !== 'string') problems.push(`${ip}.note: expected a string`);
      if (!Array.isArray(it.evidence) || it.evidence.some((e) => typeof e !== 'string')) problems.push(`${ip}.evidence: expected an array of strings`);
      if (it.autoState !== undefined && !['pass', 'concern', 'fail', 'unknown'].includes(it.autoState as string)) problems.push(`${ip}.autoState: expected pass, concern, fail or unknown`);
      if (it.reviewer !== undefined && typeof it.reviewer !== 'string') problems.push(`${ip}.reviewer: expected a string`);
      if (it.date !== undefined && (typeof it.date !== 'string' || Number.isNaN(Date.parse(it.date)))) problems.push(`${ip}.date: expected an ISO 8601 date`);
    }
  });
  if (data.alerts !== undefined) {
    if (!Array.isArray(data.alerts)) problems.push('$.alerts: expected an array of alert decisions');
    else
      data.alerts.forEach((a, i) => {
        const at = `$.alerts[${i}]`;
        if (!isObj(a)) return void problems.push(`${at}: expected an object`);
        if (!isObj(a.tool) || typeof a.tool.id !== 'string' || !a.tool.id) problems.push(`${at}.tool: expected an object with an "id"`);
        if (typeof a.fingerprint !== 'string' || !a.fingerprint) problems.push(`${at}.fingerprint: expected a non-empty string`);
        if (!(ALERT_STATES as readonly unknown[]).includes(a.state)) problems.push(`${at}.state: expected ${ALERT_STATES.join(', ')}, found ${JSON.stringify(a.state) ?? 'nothing'}`);
        if (typeof a.reason !== 'string') problems.push(`${at}.reason: expected a string`);
        if (a.expires !== undefined && (typeof a.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a.expires))) problems.push(`${at}.expires: expected a date, YYYY-MM-DD`);
        if (typeof a.reviewer !== 'string' || !a.reviewer) problems.push(`${at}.reviewer: expected a non-empty string`);
        if (typeof a.date !== 'string' || Number.isNaN(Date.parse(a.date))) problems.push(`${at}.date: expected an ISO 8601 date`);
      });
  }
  return problems;
}

/** Parses the text of a reviews file. `file` names it in the error. */
export function parseReviews(text: string, file: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = `${file} is not valid JSON: ${(err as Error).message}`;
    return { ok: false, error: { file, kind: 'json', message, problems: [(err as Error).message] } };
  }
  const problems = validateReviews(data);
  if (problems.length) {
    return { ok: false, error: { file, kind: 'schema', message: `${file} does not match the reviews schema: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, problems } };
  }
  return { ok: true, file: data as ReviewsFile };
}

/** Pretty, stable JSON: reviews sorted by tool id, then date; items in checklist order. */
export function serializeReviews(file: ReviewsFile): string {
  const order = ['telemetry', 'env-vars', 'locale', 'host-identity', 'endpoint-inspection', 'obfuscation', 'gating', 'network', 'commands-files', 'provenance'];
  const reviews = [...file.reviews]
    .sort((a, b) => a.tool.id.localeCompare(b.tool.id) || a.date.localeCompare(b.date))
    .map((r) => ({
      tool: { id: r.tool.id, ...(r.tool.name !== undefined ? { name: r.tool.name } : {}), ...(r.tool.version !== undefined ? { version: r.tool.version } : {}), ...(r.tool.contentHash !== undefined ? { contentHash: r.tool.contentHash } : {}) },
      reviewer: r.reviewer,
      date: r.date,
      items: Object.fromEntries(
        Object.entries(r.items)
          .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
          .map(([id, it]) => [id, { state: it!.state, ...(it!.note ? { note: it!.note } : {}), evidence: [...it!.evidence].sort(), ...(it!.autoState ? { autoState: it!.autoState } : {}), ...(it!.reviewer ? { reviewer: it!.reviewer } : {}), ...(it!.date ? { date: it!.date } : {}) }]),
      ),
    }));
  const alerts = [...(file.alerts ?? [])]
    .sort((a, b) => a.tool.id.localeCompare(b.tool.id) || a.fingerprint.localeCompare(b.fingerprint))
    .map((a) => ({ tool: a.tool, fingerprint: a.fingerprint, state: a.state, reason: a.reason, ...(a.expires ? { expires: a.expires } : {}), reviewer: a.reviewer, date: a.date }));
  return JSON.stringify({ $schema: file.$schema || REVIEWS_SCHEMA_ID, version: file.version, reviews, ...(alerts.length ? { alerts } : {}) }, null, 2) + '\n';
}

export interface ItemDecision {
  state: ReviewState;
  note?: string;
}

/** A review of the current checklist: records each decided item's evidence as it is now. */
export function createReview(tool: ToolIdentity | ReviewedTool, items: ChecklistItem[], reviewer: string, decisions: Partial<Record<ChecklistItemId, ItemDecision>>, date: Date | string = new Date()): ToolReview {
  const out: ToolReview['items'] = {};
  for (const item of items) {
    const d = decisions[item.id];
    if (!d) continue;
    out[item.id] = { state: d.state, ...(d.note ? { note: d.note } : {}), evidence: evidenceKeys(item), autoState: item.state };
  }
  return {
    tool: { id: tool.id, ...(tool.name !== undefined ? { name: tool.name } : {}), ...(tool.version !== undefined ? { version: tool.version } : {}), ...(tool.contentHash !== undefined ? { contentHash: tool.contentHash } : {}) },
    reviewer,
    date: typeof date === 'string' ? date : date.toISOString(),
    items: out,
  };
}

/**
 * Adds a review, replacing an earlier one for the same tool and version (a newer version's review
 * sits beside the old one, so history stays readable). Returns a new file; the input is untouched.
 */
export function upsertReview(file: ReviewsFile, review: ToolReview): ReviewsFile {
  const reviews = file.reviews.filter((r) => !(r.tool.id === review.tool.id && (r.tool.version ?? '') === (review.tool.version ?? '')));
  return { ...file, reviews: [...reviews, review] };
}

/**
 * One item decided (or cleared, with `decision` undefined) in the trust panel. Starts from the tool's
 * current review, even one of an earlier version: items whose evidence did not change stay current,
 * the others keep showing as changed until someone decides them again. The review takes the tool's
 * present version and content hash, so it is no longer stale as a whole.
 */
export function setItemDecision(
  file: ReviewsFile | undefined,
  tool: ToolIdentity | ReviewedTool,
  items: ChecklistItem[],
  reviewer: string,
  itemId: ChecklistItemId,
  decision: ItemDecision | undefined,
  date: Date | string = new Date(),
): ToolReview {
  const when = typeof date === 'string' ? date : date.toISOString();
  const base = findReview(file, tool);
  const current = items.find((i) => i.id === itemId);
  if (!current) throw new Error(`no checklist item ${itemId}`);
  const next: ToolReview['items'] = { ...(base?.items ?? {}) };
  if (decision) next[itemId] = { state: decision.state, ...(decision.note ? { note: decision.note } : {}), evidence: evidenceKeys(current), autoState: current.state, reviewer, date: when };
  else delete next[itemId];
  return {
    tool: { id: tool.id, ...(tool.name !== undefined ? { name: tool.name } : {}), ...(tool.version !== undefined ? { version: tool.version } : {}), ...(tool.contentHash !== undefined ? { contentHash: tool.contentHash } : {}) },
    reviewer,
    date: when,
    items: next,
  };
}

/** The review that applies to a tool: same version if there is one, else the most recent. */
export function findReview(file: ReviewsFile | undefined, tool: { id: string; version?: string }): ToolReview | undefined {
  if (!file) return undefined;
  const mine = file.reviews.filter((r) => r.tool.id === tool.id).sort((a, b) => b.date.localeCompare(a.date));
  return mine.find((r) => r.tool.version === tool.version) ?? mine[0];
}

export interface ReviewStatus {
  /** The tool's content changed since the review (another content hash or version). */
  stale: boolean;
  staleReasons: string[];
  /** Reviewed items whose evidence differs from what the reviewer saw. */
  changedItems: ChecklistItemId[];
  /** Checklist items with no decision in the review. */
  unreviewedItems: ChecklistItemId[];
  /** Per item: the reviewer's state, and whether the evidence it rested on is still current. */
  items: Partial<Record<ChecklistItemId, { state: ReviewState; note?: string; current: boolean; added: string[]; removed: string[] }>>;
}

/** Compares a review with the tool and checklist as they are now. */
export function reviewStatus(review: ToolReview, tool: ToolIdentity | ReviewedTool | undefined, items: ChecklistItem[]): ReviewStatus {
  const staleReasons: string[] = [];
  if (tool) {
    if (review.tool.contentHash && tool.contentHash && review.tool.contentHash !== tool.contentHash) staleReasons.push(`content changed (reviewed ${review.tool.contentHash.slice(0, 12)}, now ${tool.contentHash.slice(0, 12)})`);
    if (review.tool.version !== undefined && tool.version !== undefined && review.tool.version !== tool.version) staleReasons.push(`version changed (reviewed ${review.tool.version}, now ${tool.version})`);
  }
  const changedItems: ChecklistItemId[] = [];
  const unreviewedItems: ChecklistItemId[] = [];
  const perItem: ReviewStatus['items'] = {};
  for (const item of items) {
    const r = review.items[item.id];
    if (!r) {
      unreviewedItems.push(item.id);
      continue;
    }
    const now = evidenceKeys(item);
    const then = new Set(r.evidence);
    const nowSet = new Set(now);
    const added = now.filter((k) => !then.has(k));
    const removed = r.evidence.filter((k) => !nowSet.has(k));
    const current = added.length === 0 && removed.length === 0;
    if (!current) changedItems.push(item.id);
    perItem[item.id] = { state: r.state, ...(r.note ? { note: r.note } : {}), current, added, removed };
  }
  return { stale: staleReasons.length > 0, staleReasons, changedItems, unreviewedItems, items: perItem };
}
