import { evaluateChecklist } from './checklist/evaluate';
import { CHECKLIST_ITEM_IDS, isChecklistItemId, type ChecklistItemId, type VendorDisclosure } from './checklist/types';
import { isSeverity, severityRank, SEVERITIES, type Category, type Finding, type Report, type Severity } from '../model';
import { alertSettled, findReview, reviewStatus, type ReviewsFile } from './reviews';
import { ruleMeta, RULES } from '../rules/meta';
import { printable } from '../text';

/**
 * `candor.policy.json`: what a team allows, blocks and requires. Pure: the CLI reads the file, the
 * extension colours its tree with the same violations.
 */

export interface ToolRule {
  id: string;
  /** Semver range subset: exact, `<`, `<=`, `>`, `>=`, `^`, `~`, `*`, space-joined (and), `||` (or). */
  versions?: string;
  reason?: string;
}

export interface FailRule {
  rule?: string;
  category?: Category;
  /** Default: info (any finding of the rule or category). */
  minSeverity?: Severity;
}

export interface Policy {
  $schema?: string;
  version?: 1;
  allowedTools?: ToolRule[];
  blockedTools?: ToolRule[];
  failOn?: FailRule[];
  requiredReviewedItems?: ChecklistItemId[];
  failOnUnreviewedAlerts?: boolean;
  /**
   * Fail when the code does what the vendor's disclosure record does not document: `true` for
   * every category, or a list of them. A tool without a record (or outside its versions) passes.
   */
  failOnUndocumented?: boolean | UndocumentedCategory[];
}

export const UNDOCUMENTED_CATEGORIES = ['env-vars', 'hosts', 'identifiers', 'telemetry'] as const;
export type UndocumentedCategory = (typeof UNDOCUMENTED_CATEGORIES)[number];
const CATEGORY_ITEM: Record<UndocumentedCategory, ChecklistItemId> = { 'env-vars': 'env-vars', hosts: 'network', identifiers: 'host-identity', telemetry: 'telemetry' };
const CATEGORY_WORDS: Record<UndocumentedCategory, string> = { 'env-vars': 'environment variable read', hosts: 'host referenced', identifiers: 'identifier sent', telemetry: 'telemetry finding' };

export type ViolationKind = 'blocked-tool' | 'not-allowed' | 'failing-finding' | 'missing-review' | 'stale-review' | 'item-not-accepted' | 'item-changed' | 'unreviewed-alert' | 'undocumented';

export interface Violation {
  kind: ViolationKind;
  /** The tool's id, or the scanned path when it has no identity. */
  tool: string;
  ruleId?: string;
  itemId?: ChecklistItemId;
  fingerprints?: string[];
  /** One readable line. Tool-supplied parts are made printable. */
  reason: string;
}

const CATEGORIES: readonly Category[] = ['environment', 'locale', 'host-identity', 'machine-id', 'endpoint', 'git-identity', 'sensitive-file', 'command', 'obfuscation', 'gating', 'covert-marker', 'network', 'kill-switch', 'file-write', 'limited-analysis'];
const KNOWN_KEYS = ['$schema', 'version', 'allowedTools', 'blockedTools', 'failOn', 'requiredReviewedItems', 'failOnUnreviewedAlerts', 'failOnUndocumented'];

const TOOL_RULE_SCHEMA = {
  oneOf: [
    { type: 'string', minLength: 1, description: 'A tool id ("publisher.name", "gemini-cli"), optionally with a version range after the last "@" ("qwen-code@<0.3", "@scope/cli@^1.2").' },
    {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, description: 'The tool id, as `candor tools` lists it.' },
        versions: { type: 'string', description: 'A version range: exact, <, <=, >, >=, ^, ~, *, space-joined (and), || (or).' },
        reason: { type: 'string', description: 'Why, shown with the violation.' },
      },
    },
  ],
} as const;

/**
 * JSON Schema (draft-07, what editors validate with) of `candor.policy.json`. The extension
 * registers it for editors; validatePolicy enforces the same rules and more (known rule ids,
 * valid version ranges) with messages that name the JSON path.
 */
export const POLICY_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:candor:policy:1',
  title: 'Candor policy',
  description: 'What a team allows, blocks and requires of its AI coding tools; `candor check` enforces it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    version: { const: 1 },
    allowedTools: { type: 'array', description: 'Only these tools (and versions) may be installed.', items: TOOL_RULE_SCHEMA },
    blockedTools: { type: 'array', description: 'These tools (or versions) may not be installed.', items: TOOL_RULE_SCHEMA },
    failOn: {
      type: 'array',
      description: 'Findings that fail the check: a rule id, a category, or an object with a minimum severity.',
      items: {
        oneOf: [
          { type: 'string', enum: [...new Set([...RULES.map((r) => r.id), ...CATEGORIES])] },
          {
            type: 'object',
            additionalProperties: false,
            anyOf: [{ required: ['rule'] }, { required: ['category'] }],
            properties: {
              rule: { type: 'string', enum: RULES.map((r) => r.id) },
              category: { type: 'string', enum: [...CATEGORIES] },
              minSeverity: { type: 'string', enum: [...SEVERITIES] },
            },
          },
        ],
      },
    },
    requiredReviewedItems: { type: 'array', description: 'Checklist items every tool needs an accepted, current review of.', items: { type: 'string', enum: [...CHECKLIST_ITEM_IDS] } },
    failOnUnreviewedAlerts: { type: 'boolean', description: 'Fail while an alert has no accepted, current review of its checklist item.' },
    failOnUndocumented: {
      description: "Fail when the code does what the vendor's disclosure record does not document: true for every category, or a list of categories.",
      oneOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string', enum: [...UNDOCUMENTED_CATEGORIES] } }],
    },
  },
};

export type PolicyParse = { ok: true; policy: Policy } | { ok: false; errors: string[] };

/** Parses and validates a policy file's text; every error names the file and the JSON path. */
export function parsePolicy(text: string, file = 'candor.policy.json'): PolicyParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [`${file}: not valid JSON: ${(err as Error).message}`] };
  }
  const v = validatePolicy(data);
  return v.ok ? v : { ok: false, errors: v.errors.map((e) => `${file}: ${e}`) };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validatePolicy(data: unknown): PolicyParse {
  const errors: string[] = [];
  if (!isObj(data)) return { ok: false, errors: ['$: expected an object'] };
  for (const k of Object.keys(data)) if (!KNOWN_KEYS.includes(k)) errors.push(`$.${k}: unknown key (known: ${KNOWN_KEYS.filter((x) => x !== '$schema').join(', ')})`);
  if (data.version !== undefined && data.version !== 1) errors.push(`$.version: expected 1`);
  const policy: Policy = {};
  for (const key of ['allowedTools', 'blockedTools'] as const) {
    const v = data[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      errors.push(`$.${key}: expected an array of tool ids ("publisher.name", "name@range") or {"id", "versions"} objects`);
      continue;
    }
    const out: ToolRule[] = [];
    v.forEach((x, i) => {
      const at = `$.${key}[${i}]`;
      let rule: ToolRule | undefined;
      if (typeof x === 'string') rule = splitToolSpec(x);
      else if (isObj(x)) {
        if (typeof x.id !== 'string' || !x.id) errors.push(`${at}.id: expected a non-empty string`);
        else rule = { id: x.id, ...(x.versions !== undefined ? { versions: x.versions as string } : {}), ...(typeof x.reason === 'string' ? { reason: x.reason } : {}) };
        if (x.versions !== undefined && typeof x.versions !== 'string') errors.push(`${at}.versions: expected a string such as ">=1.2.0 <2" or "^1.4"`);
        if (x.reason !== undefined && typeof x.reason !== 'string') errors.push(`${at}.reason: expected a string`);
        for (const k of Object.keys(x)) if (!['id', 'versions', 'reason'].includes(k)) errors.push(`${at}.${k}: unknown key (known: id, versions, reason)`);
      } else errors.push(`${at}: expected a string or an object with "id"`);
      if (rule) {
        if (!rule.id) errors.push(`${at}: empty tool id`);
        if (rule.versions !== undefined && typeof rule.versions === 'string') {
          const e = rangeError(rule.versions);
          if (e) errors.push(`${at}: version range "${rule.versions}": ${e}`);
        }
        out.push(rule);
      }
    });
    policy[key] = out;
  }
  if (data.failOn !== undefined) {
    if (!Array.isArray(data.failOn)) errors.push('$.failOn: expected an array of {"rule" | "category", "minSeverity"} objects or rule ids');
    else {
      policy.failOn = [];
      data.failOn.forEach((x, i) => {
        const at = `$.failOn[${i}]`;
        const r: FailRule = typeof x === 'string' ? (ruleMeta(x) ? { rule: x } : (CATEGORIES as readonly string[]).includes(x) ? { category: x as Category } : { rule: x }) : isObj(x) ? (x as FailRule) : {};
        if (!isObj(x) && typeof x !== 'string') return void errors.push(`${at}: expected a rule id or an object`);
        if (isObj(x)) for (const k of Object.keys(x)) if (!['rule', 'category', 'minSeverity'].includes(k)) errors.push(`${at}.${k}: unknown key (known: rule, category, minSeverity)`);
        if (r.rule === undefined && r.category === undefined) errors.push(`${at}: give "rule" or "category"`);
        if (r.rule !== undefined && (typeof r.rule !== 'string' || !ruleMeta(r.rule))) errors.push(`${at}.rule: unknown rule ${JSON.stringify(r.rule)} (known: ${RULES.map((m) => m.id).join(', ')})`);
        if (r.category !== undefined && !(CATEGORIES as readonly unknown[]).includes(r.category)) errors.push(`${at}.category: unknown category ${JSON.stringify(r.category)} (known: ${CATEGORIES.join(', ')})`);
        if (r.minSeverity !== undefined && !isSeverity(r.minSeverity)) errors.push(`${at}.minSeverity: expected one of ${SEVERITIES.join(', ')}`);
        policy.failOn!.push(r);
      });
    }
  }
  if (data.requiredReviewedItems !== undefined) {
    if (!Array.isArray(data.requiredReviewedItems)) errors.push(`$.requiredReviewedItems: expected an array of checklist item ids (${CHECKLIST_ITEM_IDS.join(', ')})`);
    else {
      data.requiredReviewedItems.forEach((x, i) => {
        if (!isChecklistItemId(x)) errors.push(`$.requiredReviewedItems[${i}]: unknown checklist item ${JSON.stringify(x)} (known: ${CHECKLIST_ITEM_IDS.join(', ')})`);
      });
      policy.requiredReviewedItems = data.requiredReviewedItems.filter(isChecklistItemId);
    }
  }
  if (data.failOnUnreviewedAlerts !== undefined) {
    if (typeof data.failOnUnreviewedAlerts !== 'boolean') errors.push('$.failOnUnreviewedAlerts: expected true or false');
    else policy.failOnUnreviewedAlerts = data.failOnUnreviewedAlerts;
  }
  if (data.failOnUndocumented !== undefined) {
    const v = data.failOnUndocumented;
    if (typeof v === 'boolean') policy.failOnUndocumented = v;
    else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (!(UNDOCUMENTED_CATEGORIES as readonly unknown[]).includes(x)) errors.push(`$.failOnUndocumented[${i}]: unknown category ${JSON.stringify(x)} (known: ${UNDOCUMENTED_CATEGORIES.join(', ')})`);
      });
      policy.failOnUndocumented = v.filter((x): x is UndocumentedCategory => (UNDOCUMENTED_CATEGORIES as readonly unknown[]).includes(x));
    } else errors.push(`$.failOnUndocumented: expected true, false or a list of ${UNDOCUMENTED_CATEGORIES.join(', ')}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, policy };
}

/** "publisher.name", "name@^1.2", "@scope/name@<2": the version range follows the last "@" that is not the first character. */
export function splitToolSpec(spec: string): ToolRule {
  const at = spec.lastIndexOf('@');
  if (at > 0) return { id: spec.slice(0, at), versions: spec.slice(at + 1) };
  return { id: spec };
}

export interface PolicyContext {
  /** Vendor disclosure by tool id, so the checklist matches what reviewers saw. */
  disclosures?: Record<string, VendorDisclosure>;
  /** Today, for decisions that expire (tests). */
  now?: Date;
}

/** Every way the reports break the policy, in report order, one readable reason each. */
export function evaluatePolicy(policy: Policy, reports: Report[], reviews?: ReviewsFile, context: PolicyContext = {}): Violation[] {
  const out: Violation[] = [];
  for (const report of reports) {
    const t = report.tool;
    const label = t ? `${printable(t.id, 100)}${t.version ? '@' + printable(t.version, 40) : ''}` : printable(report.artifacts[0]?.path ?? 'scanned paths', 160);
    const toolKey = t?.id ?? report.artifacts[0]?.path ?? '';
    if (t) {
      for (const b of policy.blockedTools ?? []) {
        if (!sameTool(b.id, t)) continue;
        if (b.versions !== undefined && t.version !== undefined && !satisfies(t.version, b.versions)) continue;
        const why = b.versions === undefined ? 'is blocked' : t.version === undefined ? `is blocked in versions ${b.versions} and its version is unknown` : `is blocked in versions ${b.versions}`;
        out.push({ kind: 'blocked-tool', tool: toolKey, reason: `${label} ${why}${b.reason ? `: ${printable(b.reason)}` : ''}` });
      }
      const allowed = policy.allowedTools;
      if (allowed && allowed.length && !allowed.some((a) => sameTool(a.id, t) && (a.versions === undefined || (t.version !== undefined && satisfies(t.version, a.versions))))) {
        const sameId = allowed.filter((a) => sameTool(a.id, t));
        out.push({ kind: 'not-allowed', tool: toolKey, reason: sameId.length ? `${label} is not an allowed version (allowed: ${sameId.map((a) => a.versions ?? '*').join(', ')})` : `${label} is not on the allowed list` });
      }
    }
    for (const rule of policy.failOn ?? []) {
      const min = rule.minSeverity ?? 'info';
      const hits = report.findings.filter((f) => (rule.rule === undefined || f.ruleId === rule.rule) && (rule.category === undefined || f.category === rule.category) && severityRank(f.severity) >= severityRank(min));
      if (!hits.length) continue;
      const first = worst(hits);
      const what = rule.rule ? rule.rule : `category ${rule.category}`;
      out.push({
        kind: 'failing-finding',
        tool: toolKey,
        ruleId: rule.rule,
        fingerprints: hits.map((f) => f.fingerprint),
        reason: `${label}: ${hits.length} ${what} finding${hits.length === 1 ? '' : 's'}${min !== 'info' ? ` at ${min} or above` : ''}, e.g. ${first.severity} ${printable(first.message, 160)} (${printable(first.location.path, 160)}:${first.location.line}:${first.location.column})`,
      });
    }
    const undocumentedIn = policy.failOnUndocumented === true ? [...UNDOCUMENTED_CATEGORIES] : policy.failOnUndocumented || [];
    const disclosure = t ? context.disclosures?.[t.catalogId ?? t.id] ?? context.disclosures?.[t.id] : undefined;
    if (undocumentedIn.length && disclosure?.record && disclosure.record.status !== 'older') {
      const items = evaluateChecklist(report, disclosure);
      for (const cat of undocumentedIn) {
        const item = items.find((i) => i.id === CATEGORY_ITEM[cat]);
        if (!item || (item.disclosure !== 'undocumented' && item.disclosure !== 'contradicts')) continue;
        const values = item.undocumented?.map((u) => u.value) ?? [];
        const what = values.length ? `${values.length} ${CATEGORY_WORDS[cat]}${values.length === 1 ? '' : 's'} the vendor does not document: ${values.slice(0, 6).map((v) => printable(v, 60)).join(', ')}${values.length > 6 ? `, … (+${values.length - 6})` : ''}` : printable(item.disclosureNote ?? item.disclosure, 200);
        out.push({ kind: 'undocumented', tool: toolKey, itemId: item.id, reason: `${label}: ${item.disclosure === 'contradicts' ? 'contradicts its vendor\'s documentation' : 'undocumented'} (${cat}): ${what} (record read ${printable(disclosure.record.read, 20)})` });
      }
    }
    const required = policy.requiredReviewedItems ?? [];
    if (!required.length && !policy.failOnUnreviewedAlerts) continue;
    // An alert a reviewer accepted or called a false positive, in a decision still current, is settled.
    const alerts = report.findings.filter((f) => ruleMeta(f.ruleId)?.alert && !(t && alertSettled(reviews, t, f.fingerprint, context.now)));
    if (!t) {
      if (required.length || alerts.length) out.push({ kind: 'missing-review', tool: toolKey, reason: `${label}: has no tool identity, so no review can apply to it` });
      continue;
    }
    const items = evaluateChecklist(report, context.disclosures?.[t.catalogId ?? t.id] ?? context.disclosures?.[t.id]);
    const review = findReview(reviews, t);
    if (!review) {
      if (required.length) out.push({ kind: 'missing-review', tool: toolKey, reason: `${label}: not reviewed (the policy requires ${required.join(', ')})` });
      if (policy.failOnUnreviewedAlerts && alerts.length) out.push({ kind: 'unreviewed-alert', tool: toolKey, fingerprints: alerts.map((f) => f.fingerprint), reason: `${label}: ${alerts.length} alert${alerts.length === 1 ? '' : 's'} and no review (${summarise(alerts)})` });
      continue;
    }
    const status = reviewStatus(review, t, items);
    if (status.stale) out.push({ kind: 'stale-review', tool: toolKey, reason: `${label}: the review by ${printable(review.reviewer, 60)} on ${printable(review.date, 40)} is stale: ${status.staleReasons.join('; ')}${status.changedItems.length ? ` (changed items: ${status.changedItems.join(', ')})` : ''}` });
    for (const id of required) {
      const r = status.items[id];
      if (!r) out.push({ kind: 'item-not-accepted', tool: toolKey, itemId: id, reason: `${label}: checklist item ${id} has no review decision` });
      else if (r.state !== 'accepted') out.push({ kind: 'item-not-accepted', tool: toolKey, itemId: id, reason: `${label}: checklist item ${id} is ${r.state}${r.note ? ` (${printable(r.note, 120)})` : ''}` });
      else if (!r.current) out.push({ kind: 'item-changed', tool: toolKey, itemId: id, reason: `${label}: checklist item ${id} was accepted but its evidence changed since (${r.added.length} new, ${r.removed.length} gone)` });
    }
    if (policy.failOnUnreviewedAlerts) {
      // An alert is reviewed when an accepted, current item of a non-stale review recorded its fingerprint.
      const covered = new Set<string>();
      if (!status.stale) {
        for (const [id, r] of Object.entries(review.items)) {
          const s = status.items[id as ChecklistItemId];
          if (r && r.state === 'accepted' && s?.current) for (const k of r.evidence) if (k.startsWith('finding:')) covered.add(k.slice('finding:'.length));
        }
      }
      const open = alerts.filter((f) => !covered.has(f.fingerprint));
      if (open.length) out.push({ kind: 'unreviewed-alert', tool: toolKey, fingerprints: open.map((f) => f.fingerprint), reason: `${label}: ${open.length} alert${open.length === 1 ? '' : 's'} not covered by an accepted, current review item (${summarise(open)})` });
    }
  }
  return out;
}

function summarise(fs: Finding[]): string {
  const by = new Map<string, number>();
  for (const f of [...fs].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId))) by.set(`${f.ruleId} ${f.severity}`, (by.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1);
  return [...by].map(([k, n]) => (n > 1 ? `${n}× ${k}` : k)).join(', ');
}

function worst(fs: Finding[]): Finding {
  return fs.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
}

function sameTool(id: string, t: { id: string; catalogId?: string }): boolean {
  const x = id.toLowerCase();
  return t.id.toLowerCase() === x || t.catalogId?.toLowerCase() === x;
}

// --- semver subset -------------------------------------------------------------------------

interface SemVer {
  nums: [number, number, number];
  pre: string[];
}

function parseVersion(v: string): SemVer | undefined {
  const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?\s*$/.exec(v);
  if (!m) return undefined;
  return { nums: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], pre: m[4] ? m[4].split('.') : [] };
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return a.localeCompare(b);
  return cmp(x, y);
}

function cmp(x: SemVer, y: SemVer): number {
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i] < y.nums[i] ? -1 : 1;
  if (!x.pre.length || !y.pre.length) return x.pre.length ? -1 : y.pre.length ? 1 : 0;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

type Comparator = { op: '<' | '<=' | '>' | '>=' | '='; v: SemVer };

/** Expands one range term to comparators, or explains why it cannot. */
function term(t: string): Comparator[] | string {
  if (t === '*' || t === 'x' || t === 'X' || t === '') return [];
  const m = /^(<=|>=|<|>|=|\^|~)?\s*v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(-[0-9A-Za-z.-]+)?$/.exec(t);
  if (!m) return `cannot read "${t}"`;
  const op = m[1] ?? '';
  const parts = [m[2], m[3], m[4]];
  const given = parts.findIndex((p) => p === undefined || /^[xX*]$/.test(p));
  const n = given === -1 ? 3 : given;
  const nums = parts.map((p, i) => (i < n ? Number(p) : 0)) as [number, number, number];
  const pre = m[5] ? m[5].slice(1).split('.') : [];
  const v: SemVer = { nums, pre };
  const bump = (i: number): SemVer => {
    const b = [...nums] as [number, number, number];
    b[i]++;
    for (let j = i + 1; j < 3; j++) b[j] = 0;
    return { nums: b, pre: ['0'] };
  };
  if (n === 0) return op === '<' || op === '>' ? `"${t}" matches nothing` : [];
  switch (op) {
    case '':
    case '=':
      return n === 3 ? [{ op: '=', v }] : [{ op: '>=', v }, { op: '<', v: bump(n - 1) }];
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (n < 3 && op === '<=') return [{ op: '<', v: bump(n - 1) }];
      if (n < 3 && op === '>') return [{ op: '>=', v: bump(n - 1) }];
      return [{ op, v }];
    case '~':
      return [{ op: '>=', v }, { op: '<', v: bump(n >= 2 ? 1 : 0) }];
    case '^': {
      const i = nums[0] > 0 || n === 1 ? 0 : nums[1] > 0 || n === 2 ? 1 : 2;
      return [{ op: '>=', v }, { op: '<', v: bump(i) }];
    }
  }
  return `cannot read "${t}"`;
}

function alternatives(range: string): Comparator[][] | string {
  const out: Comparator[][] = [];
  for (const alt of range.split('||')) {
    const all: Comparator[] = [];
    const terms = alt.trim().replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    for (const t of terms.length ? terms : ['*']) {
      const c = term(t);
      if (typeof c === 'string') return c;
      all.push(...c);
    }
    out.push(all);
  }
  return out;
}

export function rangeError(range: string): string | undefined {
  const r = alternatives(range);
  return typeof r === 'string' ? r : undefined;
}

/** Whether `version` is in `range`. An unreadable version matches only `*`. */
export function satisfies(version: string, range: string): boolean {
  const alts = alternatives(range);
  if (typeof alts === 'string') return false;
  const v = parseVersion(version);
  if (!v) return alts.some((a) => a.length === 0);
  return alts.some((cs) =>
    cs.every((c) => {
      const d = cmp(v, c.v);
      switch (c.op) {
        case '<':
          return d < 0;
        case '<=':
          return d <= 0;
        case '>':
          return d > 0;
        case '>=':
          return d >= 0;
        case '=':
          return d === 0;
      }
    }),
  );
}
