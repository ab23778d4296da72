import { checklistVerdict, evaluateChecklist } from '../review/checklist/evaluate';
import type { AutoState, ChecklistItem, ChecklistItemId, DisclosureState, VendorDisclosure } from '../review/checklist/types';
import { severityRank, type Finding, type Location, type Report, type Severity } from '../model';
import { ALERT_STATE_LABEL, alertDecisionOf, findReview, reviewStatus, type ReviewsFile } from '../review/reviews';
import { ruleMeta } from '../rules/meta';
import { printable } from '../text';

export interface MarkdownOptions {
  /** Vendor disclosure per tool id (from the catalog). */
  disclosures?: Record<string, VendorDisclosure>;
  /** Reviews to show beside each checklist. */
  reviews?: ReviewsFile;
  /** Heading of the document. */
  title?: string;
  /** Non-alert findings at or above this severity are listed with the alerts (default high). */
  minSeverity?: Severity;
}

/**
 * Markdown report for one or more reports, for a procurement ticket: per tool its identity, a
 * verdict, the disclosure checklist, alerts with decoded values and traces, and reviewer notes.
 * Every tool-supplied string goes through `mdText` or `mdCode`: a tool's name or strings must not
 * become links, HTML, table cells or headings in someone's ticket.
 */
export function toMarkdown(reports: Report[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`# ${mdText(options.title ?? 'Candor report')}`, '');
  const gen = reports.find((r) => r.generator)?.generator;
  const named = reports.filter((r) => r.tool).length;
  out.push(`${reports.length} ${reports.length === 1 ? 'report' : 'reports'}${named ? ` (${named} ${named === 1 ? 'tool' : 'tools'})` : ''}${gen ? ` · Candor ${mdText(gen.version)} · ${mdText(gen.time)}` : ''}. Candor reads the code statically; it never runs it.`, '');
  for (const report of reports) out.push(...section(report, options));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

const DISCLOSURE_LABEL: Record<DisclosureState, string> = { documented: 'documented', undocumented: 'undocumented', contradicts: 'contradicts the docs', unknown: 'no record' };

/** What the code does that the vendor does not document, from the catalog's record: each value with where the code does it. */
function disclosureSection(items: ChecklistItem[], disclosure: VendorDisclosure | undefined): string[] {
  const rec = disclosure?.record;
  if (!rec) return [];
  const out = ['### Against the vendor\'s documentation', '', `${mdText(rec.note, 400)} Record: versions ${mdInlineCode(rec.versions)}, read ${mdText(rec.read)}.`, ''];
  const heads: [ChecklistItemId, string][] = [
    ['env-vars', 'Environment variables read that the vendor does not document'],
    ['network', 'Hosts referenced that the vendor does not document'],
    ['host-identity', 'Identifiers sent that the vendor does not document'],
  ];
  for (const [id, head] of heads) {
    const item = items.find((i) => i.id === id);
    if (!item?.undocumented) continue;
    const u = item.undocumented;
    out.push(`**${head}** (${u.length}${item.documentedCount !== undefined ? `; ${item.documentedCount} documented` : ''})${u.length ? ':' : ': none.'}`, '');
    for (const x of u.slice(0, 40)) out.push(`- ${mdInlineCode(x.value)}${x.location ? ` — ${mdInlineCode(shortLoc(x.location))}` : ''}`);
    if (u.length > 40) out.push(`- … and ${u.length - 40} more (the JSON report lists every one)`);
    out.push('');
  }
  return out;
}

const STATE_LABEL: Record<AutoState, string> = { pass: '✓ pass', concern: '! concern', fail: '✗ fail', unknown: '? unknown' };

function section(report: Report, options: MarkdownOptions): string[] {
  const out: string[] = [];
  const t = report.tool;
  const disclosure = t ? options.disclosures?.[t.catalogId ?? t.id] ?? options.disclosures?.[t.id] : undefined;
  const items = evaluateChecklist(report, disclosure);
  const title = t ? `${t.name}${t.version ? ' ' + t.version : ''}` : report.artifacts.map((a) => a.path).join(', ') || 'Scanned paths';
  out.push(`## ${mdText(title, 160)}`, '');

  const rows: [string, string][] = [];
  if (t) {
    rows.push(['Id', mdCode(t.id)]);
    rows.push(['Kind', mdText(t.kind)]);
    if (t.publisher ?? t.vendor) rows.push(['Publisher', mdText((t.publisher ?? t.vendor)!)]);
    rows.push(['Installed at', mdCode(t.installPath)]);
    rows.push(['Found by', mdText(t.foundBy)]);
    if (t.contentHash) rows.push(['Content hash', mdCode(t.contentHash)]);
  }
  if (disclosure?.license) rows.push(['License', mdText(disclosure.license)]);
  if (disclosure?.repository) rows.push(['Repository', mdCode(disclosure.repository)]);
  if (report.artifacts.length) rows.push(['Artifacts', report.artifacts.slice(0, 10).map((a) => `${mdCode(a.path)} (${mdText(a.kind)}${a.analysis ? ', ' + mdText(a.analysis) : ''})`).join('<br>') + (report.artifacts.length > 10 ? ` … (+${report.artifacts.length - 10})` : '')]);
  if (rows.length) {
    out.push('| | |', '|---|---|');
    for (const [k, v] of rows) out.push(`| ${k} | ${(v)} |`);
    out.push('');
  }

  const alerts = alertsOf(report, options.minSeverity ?? 'high');
  const verdict = checklistVerdict(items);
  const counts = (['fail', 'concern', 'unknown'] as AutoState[]).filter((s) => items.some((i) => i.state === s)).map((s) => `${items.filter((i) => i.state === s).length} ${s}`);
  const bySev = (['critical', 'high', 'medium', 'low', 'info'] as Severity[]).map((s) => [s, alerts.filter((f) => f.severity === s).length] as const).filter(([, n]) => n);
  out.push(`**Verdict: ${STATE_LABEL[verdict]}** — checklist: ${counts.length ? counts.join(', ') : 'every item passes'}; ${alerts.length ? `${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'} (${bySev.map(([s, n]) => `${n} ${s}`).join(', ')})` : 'no alerts'}; ${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'} in all${report.errors.length ? `; ${report.errors.length} ${report.errors.length === 1 ? 'input' : 'inputs'} could not be read` : ''}.`, '');

  const review = t ? findReview(options.reviews, t) : undefined;
  const status = review ? reviewStatus(review, t, items) : undefined;

  out.push('### Checklist', '');
  out.push('| Item | Candor | Vendor disclosure | Review | Finding |', '|---|---|---|---|---|');
  for (const item of items) {
    const r = status?.items[item.id];
    const reviewCell = r ? `${r.state}${r.current && !status!.stale ? '' : ' (stale: evidence changed)'}` : '—';
    const disc = DISCLOSURE_LABEL[item.disclosure] + (item.disclosureNote ? ': ' + mdText(item.disclosureNote) : '');
    const ev = item.evidence.length ? ` (${item.evidence.length} ${item.evidence.length === 1 ? 'finding' : 'findings'}: ${item.evidence.slice(0, 3).map((e) => mdCode(shortLoc(e.location))).join(', ')}${item.evidence.length > 3 ? ', …' : ''})` : '';
    out.push(`| ${(`**${item.id}**<br>${mdText(item.question)}`)} | ${STATE_LABEL[item.state]} | ${(disc)} | ${(reviewCell)} | ${(mdText(item.summary, 600) + ev)} |`);
  }
  out.push('');
  const links = disclosure?.links ?? [];
  if (links.length) {
    // Links come from Candor's catalog, not from the tool, but stay code spans: a catalog entry is data too.
    out.push('Vendor documentation: ' + links.map((l) => `${mdText(l.title)} ${mdCode(l.url)}`).join(' · '), '');
  }

  out.push(...disclosureSection(items, disclosure));

  out.push('### Alerts', '');
  if (!alerts.length) out.push('No alerts.', '');
  alerts.forEach((f, i) => {
    const meta = ruleMeta(f.ruleId);
    out.push(`#### ${i + 1}. ${f.severity.toUpperCase()} · ${mdText(meta?.name ?? f.ruleId)} (${mdInlineCode(f.ruleId)})`, '');
    out.push(mdText(f.message, 1000), '');
    out.push(`- Location: ${mdInlineCode(`${f.location.path}:${f.location.line}:${f.location.column}`)} (offset ${f.location.offset})`);
    out.push(`- Confidence: ${mdText(f.confidence)} · fingerprint ${mdInlineCode(f.fingerprint)}`);
    const decided = t ? alertDecisionOf(options.reviews, t, f.fingerprint) : undefined;
    if (decided) {
      const d = decided.decision;
      const lapse = decided.status === 'expired' ? ` — **expired** on ${mdText(d.expires ?? '')}, the alert is open again` : decided.status === 'changed' ? ' — **the tool changed since**, the alert is open again' : d.expires ? ` (until ${mdText(d.expires)})` : '';
      out.push(`- Decision: **${ALERT_STATE_LABEL[d.state]}** by ${mdText(d.reviewer, 80)} on ${mdText(d.date.slice(0, 10))}${d.reason ? `: ${mdText(d.reason, 500)}` : ''}${lapse}`);
    }
    if (f.values.length) out.push(`- Values: ${f.values.slice(0, 30).map((v) => mdInlineCode(v)).join(', ')}${f.values.length > 30 ? ` … (+${f.values.length - 30})` : ''}`);
    const decoded = decodedOf(f);
    if (decoded.length) out.push(`- Decoded: ${decoded.slice(0, 30).map((v) => mdInlineCode(v)).join(', ')}`);
    if (f.trace.length) {
      out.push('- Trace:');
      f.trace.forEach((s, j) => out.push(`  ${j + 1}. ${mdText(s.role)} at ${mdInlineCode(shortLoc(s.location))}: ${mdText(s.note, 400)}`));
    }
    out.push('');
  });

  out.push('### Review', '');
  if (!review) out.push(t ? 'Not reviewed.' : 'Not reviewed (no tool identity: reviews are kept per tool).', '');
  else {
    out.push(`Reviewed by ${mdText(review.reviewer)} on ${mdText(review.date)} (version ${mdText(review.tool.version ?? 'unknown')}${review.tool.contentHash ? `, content ${mdInlineCode(review.tool.contentHash.slice(0, 16))}` : ''}).`);
    if (status!.stale) out.push('', `**Stale:** ${status!.staleReasons.map((s) => mdText(s)).join('; ')}.`);
    if (status!.changedItems.length) out.push('', `Items whose evidence changed since the review: ${status!.changedItems.join(', ')}.`);
    if (status!.unreviewedItems.length) out.push('', `Items without a decision: ${status!.unreviewedItems.join(', ')}.`);
    out.push('');
    for (const item of items) {
      const r = review.items[item.id];
      if (!r) continue;
      out.push(`- **${item.id}**: ${r.state}${r.note ? ' — ' + mdText(r.note, 2000) : ''}`);
    }
    out.push('');
  }

  const inv = report.inventory;
  const env = Object.keys(inv.envVars).sort();
  out.push('### Inventory', '');
  out.push(`- Environment variables (${env.length}): ${env.length ? env.slice(0, 40).map((e) => mdInlineCode(e)).join(', ') + (env.length > 40 ? ' …' : '') : 'none'}`);
  out.push(`- Hosts (${inv.hosts.length}): ${inv.hosts.length ? inv.hosts.slice(0, 40).map((h) => mdInlineCode(h)).join(', ') + (inv.hosts.length > 40 ? ' …' : '') : 'none'}`);
  out.push(`- Time zone: ${inv.timeZone ? 'read' : 'not read'} · locale: ${inv.locale ? 'read' : 'not read'}`);
  if (inv.hostIdentity.length) out.push(`- Host identity: ${inv.hostIdentity.map((h) => mdInlineCode(h)).join(', ')}`);
  if (inv.machineIds.length) out.push(`- Machine ids: ${inv.machineIds.map((h) => mdInlineCode(h)).join(', ')}`);
  if (inv.commands.length) out.push(`- Commands: ${inv.commands.slice(0, 30).map((h) => mdInlineCode(h)).join(', ')}`);
  if (inv.sensitiveFiles.length) out.push(`- Sensitive files: ${inv.sensitiveFiles.map((h) => mdInlineCode(h)).join(', ')}`);
  if (inv.network.length) out.push(`- Network APIs: ${inv.network.map((h) => mdInlineCode(h)).join(', ')}`);
  if (inv.decodedStrings) out.push(`- Decoded strings: ${inv.decodedStrings}`);
  out.push('');
  if (report.errors.length) {
    out.push('### Inputs not analysed', '');
    for (const e of report.errors.slice(0, 50)) out.push(`- ${mdInlineCode(e.path)}: ${mdText(e.kind)}: ${mdText(e.reason, 300)}`);
    out.push('');
  }
  return out;
}

function alertsOf(report: Report, min: Severity): Finding[] {
  return report.findings
    .filter((f) => ruleMeta(f.ruleId)?.alert || severityRank(f.severity) >= severityRank(min))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.location.path.localeCompare(b.location.path) || a.location.offset - b.location.offset);
}

/** Decoded strings the engine attaches beside `values` (details.decoded: string[] or {value}[]). */
function decodedOf(f: Finding): string[] {
  const d = f.details?.decoded;
  if (!Array.isArray(d)) return [];
  return d.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && typeof (x as { value?: unknown }).value === 'string' ? (x as { value: string }).value : undefined)).filter((x): x is string => x !== undefined && !f.values.includes(x));
}

const shortLoc = (l: Location) => `${l.path.split(/[\\/]/).slice(-2).join('/')}:${l.line}:${l.column}`;

/**
 * Tool-supplied text as inert Markdown: control, bidi and invisible characters made visible, HTML
 * turned into entities, every Markdown punctuation mark backslash-escaped (no emphasis, links,
 * images, headings, lists or table cells), and `:`, `.`, `@` escaped so autolinks do not form.
 */
export function mdText(s: string, max = 300): string {
  return (
    printable(String(s), max)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Inline syntax anywhere: code, emphasis, links and images, headings, tables, strikethrough, math.
      .replace(/[\\`*_{}[\]()#!|~$]/g, (c) => '\\' + c)
      // Block syntax only where it starts a block: a list item or a setext underline.
      .replace(/^[-+=]/, '\\$&')
      .replace(/^(\d+)\.(?=\s|$)/, '$1\\.')
      // What a linkifier would turn into a link: a scheme's "://", an e-mail address, a host name
      // (the dot before its next label; version numbers and dates keep theirs).
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/@(?=[\w-]+\.)/g, '\\@')
      .replace(/\bwww\./gi, (m) => m.slice(0, 3) + '\\.')
      .replace(/(?<=[\p{L}\p{N}-])\.(?=\p{L})/gu, '\\.')
  );
}

/**
 * Tool-supplied text as a code span for a table cell: literal, never a link or HTML; the fence is
 * longer than any backtick run inside, and `|` is escaped (GFM splits cells on it even in code).
 */
export function mdCode(s: string, max = 200): string {
  return codeSpan(s, max, true);
}

/** A code span outside tables, where `\|` would show its backslash. */
export function mdInlineCode(s: string, max = 200): string {
  return codeSpan(s, max, false);
}

function codeSpan(s: string, max: number, inTable: boolean): string {
  const t = printable(String(s), max);
  if (t === '') return '(empty)';
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${inTable ? t.replace(/\|/g, '\\|') : t}${pad}${fence}`;
}
