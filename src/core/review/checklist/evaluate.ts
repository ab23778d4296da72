import { severityRank, type EnvGroup, type Finding, type Report } from '../../model';
import { printable } from '../../text';
import { hostOf } from '../../rules/data/keywords';
import type { AutoState, ChecklistItem, ChecklistItemId, DisclosureLink, DisclosureState, EvidenceRef, VendorDisclosure } from './types';

export const CHECKLIST_QUESTIONS: Record<ChecklistItemId, string> = {
  telemetry: 'Does it send usage data, is that disclosed, and is the opt-out checked on the path to the send?',
  'env-vars': 'Which environment variables does it read, and are they documented?',
  locale: 'Does it sense the time zone or locale, and does that change what it does?',
  'host-identity': 'Does it collect host identity (hostname, user, machine id, network interfaces), and send it?',
  'endpoint-inspection': 'Does it inspect the proxy or API base URL beyond connecting through it (compared with vendor or region lists)?',
  obfuscation: 'Does it hide strings, and what do they decode to?',
  gating: 'Does its behaviour change with the environment, and does it plant covert markers?',
  network: 'Which hosts does it contact?',
  'commands-files': 'Which commands does it run and which sensitive files does it read?',
  provenance: 'Who publishes it, under which license, and can what runs be read?',
};

/** Groups that every command-line program reads; listing them as "undocumented" would only be noise. */
export const ORDINARY_ENV_GROUPS = new Set<EnvGroup>(['terminal', 'ci', 'system', 'locale', 'proxy']);

/** Host identity reads that configure paths rather than identify the machine. */
const ORDINARY_HOST_READS = /^os\.(homedir|tmpdir|platform|arch|type|endianness|EOL|constants)\b/;

/**
 * Evaluates the disclosure checklist of one report. Pure: the same report and disclosure always
 * give the same items, in the order of CHECKLIST_ITEM_IDS.
 */
export function evaluateChecklist(report: Report, disclosure?: VendorDisclosure): ChecklistItem[] {
  const ctx = new Context(report, disclosure);
  return [telemetry(ctx), envVars(ctx), locale(ctx), hostIdentity(ctx), endpointInspection(ctx), obfuscation(ctx), gating(ctx), network(ctx), commandsFiles(ctx), provenance(ctx)];
}

/** The worst state of a checklist: what a one-line verdict says. */
export function checklistVerdict(items: ChecklistItem[]): AutoState {
  if (items.some((i) => i.state === 'fail')) return 'fail';
  if (items.some((i) => i.state === 'concern')) return 'concern';
  // "pass" only when every item could be judged: an item Candor could not read is not a clean one.
  return items.some((i) => i.state === 'unknown') ? 'unknown' : 'pass';
}

/** The keys a review records for an item: evidence fingerprints and inventory facts. */
export function evidenceKeys(item: Pick<ChecklistItem, 'evidence' | 'facts'>): string[] {
  return [...new Set([...item.evidence.map((e) => `finding:${e.fingerprint}`), ...item.facts])].sort();
}

class Context {
  readonly limited: boolean;
  constructor(readonly report: Report, readonly disclosure: VendorDisclosure | undefined) {
    const arts = report.artifacts;
    // A clean result over code Candor could not read means "not analysed", never "safe". A package
    // that vendors a native helper (ripgrep) is still read through its JavaScript: provenance
    // names the unreadable parts, the other items stand.
    this.limited = arts.length > 0 && arts.every((a) => a.kind === 'native' || a.analysis === 'limited' || a.analysis === 'none');
  }
  byRule(...ids: string[]): Finding[] {
    return this.report.findings.filter((f) => ids.includes(f.ruleId));
  }
  links(id: ChecklistItemId): DisclosureLink[] {
    return (this.disclosure?.links ?? []).filter((l) => !l.topics || l.topics.includes(id));
  }
  /** `pass` becomes `unknown` when the code was only partly readable. */
  cleanState(): AutoState {
    return this.limited ? 'unknown' : 'pass';
  }
}

function ref(f: Finding): EvidenceRef {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, message: f.message, location: f.location };
}

function item(ctx: Context, id: ChecklistItemId, state: AutoState, summary: string, evidence: Finding[], facts: string[], disclosure: DisclosureState, disclosureNote?: string, against?: Pick<ChecklistItem, 'undocumented' | 'documentedCount'>): ChecklistItem {
  // A record the scanned version is outside of, or may have outgrown, says so where it is used.
  const rec = ctx.disclosure?.record;
  if (rec && RECORD_ITEMS.has(id) && (rec.status !== 'current' || disclosure === 'unknown')) disclosureNote = [disclosureNote, rec.note].filter(Boolean).join(' ');
  const seen = new Set<string>();
  const refs: EvidenceRef[] = [];
  const sorted = [...evidence].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.location.path.localeCompare(b.location.path) || a.location.offset - b.location.offset);
  for (const f of sorted) {
    const key = `${f.fingerprint}\u0000${f.location.path}\u0000${f.location.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref(f));
  }
  return {
    id,
    question: CHECKLIST_QUESTIONS[id],
    state,
    summary,
    evidence: refs,
    facts: [...new Set(facts)].sort(),
    disclosure,
    ...(disclosureNote ? { disclosureNote } : {}),
    links: ctx.links(id),
    ...(against?.undocumented ? { undocumented: against.undocumented } : {}),
    ...(against?.documentedCount !== undefined ? { documentedCount: against.documentedCount } : {}),
  };
}

/** The items a disclosure record speaks to. */
const RECORD_ITEMS = new Set<ChecklistItemId>(['telemetry', 'env-vars', 'host-identity', 'network', 'locale', 'endpoint-inspection', 'gating']);

const list = (xs: string[], max = 8) => xs.slice(0, max).map((x) => printable(x, 80)).join(', ') + (xs.length > max ? `, … (+${xs.length - max})` : '');
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
/** Clauses joined into one sentence, its first letter capitalised (whichever clause comes first). */
const sentence = (parts: string[]) => {
  const joined = parts.join('; ');
  return joined.charAt(0).toUpperCase() + joined.slice(1) + '.';
};

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// --- 1. telemetry -------------------------------------------------------------------------

function telemetry(ctx: Context): ChecklistItem {
  const sends = ctx.byRule('telemetry');
  const d = ctx.disclosure?.telemetry;
  const unchecked = sends.filter((f) => f.details?.optOutChecked !== true);
  const checkedSwitches = [...new Set(sends.flatMap((f) => stringList(f.details?.optOuts)))].sort();
  const documentedSwitches = d?.optOuts ?? [];
  const honoured = documentedSwitches.filter((s) => checkedSwitches.some((c) => sameSwitch(c, s)));
  // Catalogs list every switch a vendor documents (auto-update, bug reports, …); what matters is
  // that the code checks at least one documented telemetry switch on the way to the send.
  const missing = documentedSwitches.length && !honoured.length ? documentedSwitches : [];
  const facts = checkedSwitches.map((s) => `opt-out:${s}`);
  if (!sends.length) {
    const state = ctx.cleanState();
    const summary = ctx.limited ? 'No telemetry send found, but the code could only partly be read.' : 'No telemetry or analytics send found in the code.';
    if (d?.documented) return item(ctx, 'telemetry', state === 'pass' ? 'unknown' : state, summary + ' The vendor documents telemetry, so it may be sent in a shape Candor does not recognise.', [], facts, 'documented');
    return item(ctx, 'telemetry', state, summary, [], facts, d ? 'documented' : 'unknown', d ? 'The vendor says no usage data is sent.' : undefined);
  }
  let state: AutoState = unchecked.length ? 'concern' : 'pass';
  const parts = [`${plural(sends.length, 'telemetry send')} found`];
  if (unchecked.length) parts.push(`${unchecked.length} without an opt-out check on the path to the send`);
  else parts.push(`every one checks an opt-out first${checkedSwitches.length ? ` (${list(checkedSwitches)})` : ''}`);
  if (missing.length) {
    parts.push(`none of the documented opt-outs is checked in the code (${list(missing)})`);
    if (state === 'pass') state = 'concern';
  }
  let disclosure: DisclosureState = 'unknown';
  let note: string | undefined;
  if (d?.documented === true) {
    disclosure = 'documented';
    const own = checkedSwitches.filter((c) => !documentedSwitches.some((s) => sameSwitch(c, s)));
    note = !documentedSwitches.length
      ? 'Documented, with no documented opt-out.'
      : honoured.length
        ? `The code checks the documented opt-out${honoured.length > 1 ? 's' : ''} ${list(honoured)}.`
        : `Documented opt-outs: ${list(documentedSwitches)}; the code checks ${checkedSwitches.length ? `others (${list(checkedSwitches)})` : 'none of them'}.`;
    if (honoured.length && own.length) note += ` It also checks switches the vendor does not document: ${list(own)}.`;
  } else if (d?.documented === false) {
    disclosure = 'contradicts';
    note = 'The vendor says no usage data is sent.';
    state = 'fail';
  } else if (ctx.disclosure) {
    disclosure = 'undocumented';
    note = 'The vendor disclosure does not mention telemetry.';
    if (state === 'pass') state = 'concern';
  }
  return item(ctx, 'telemetry', state, parts.join('; ') + '.', sends, facts, disclosure, note);
}

/** VS Code's telemetry setting reaches extensions through these APIs. */
const VSCODE_TELEMETRY = new Set(['telemetrylevel', 'istelemetryenabled', 'ondidchangetelemetryenabled']);

/** `privacy.usageStatisticsEnabled` in a catalog is `usageStatisticsEnabled` in code; VS Code's switch has three names. */
function sameSwitch(a: string, b: string): boolean {
  const last = (s: string) => s.toLowerCase().split('.').pop()!;
  const x = last(a);
  const y = last(b);
  return x === y || (VSCODE_TELEMETRY.has(x) && VSCODE_TELEMETRY.has(y));
}

// --- 2. env vars ---------------------------------------------------------------------------

export function matchesEnvPattern(name: string, pattern: string): boolean {
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return name === pattern;
}

function envVars(ctx: Context): ChecklistItem {
  const env = ctx.report.inventory.envVars;
  const names = Object.keys(env).filter((n) => n !== '*').sort();
  const enumerated = '*' in env;
  const enumerations = ctx.byRule('env-enumerate');
  const groups = new Map<EnvGroup, string[]>();
  for (const n of names) {
    const g = env[n];
    groups.set(g, [...(groups.get(g) ?? []), n]);
  }
  const facts = names.map((n) => `env:${n}`);
  if (enumerated) facts.push('env:*');
  const documented = ctx.disclosure?.documentedEnvVars;
  const relevant = names.filter((n) => !ORDINARY_ENV_GROUPS.has(env[n]));
  const undocumented = documented ? relevant.filter((n) => !documented.some((p) => matchesEnvPattern(n, p))) : [];
  const undocumentedCredentials = undocumented.filter((n) => env[n] === 'credentials');

  // Credentials first, then by name: what a reviewer asks about first.
  undocumented.sort((a, b) => Number(env[b] === 'credentials') - Number(env[a] === 'credentials') || a.localeCompare(b));
  const parts: string[] = [];
  if (!names.length && !enumerated) parts.push(ctx.limited ? 'No environment variable reads found, but the code could only partly be read' : 'Reads no environment variables');
  else {
    if (undocumented.length) parts.push(`not in the vendor's documentation: ${list(undocumented)}`);
    parts.push(`reads ${plural(names.length, 'environment variable')}` + (groups.size ? ` (${[...groups].sort((a, b) => b[1].length - a[1].length).map(([g, v]) => `${g}: ${v.length}`).join(', ')})` : ''));
    if (enumerated || enumerations.length) parts.push('enumerates or serialises the whole environment');
  }
  let state: AutoState = !names.length && !enumerated ? ctx.cleanState() : 'pass';
  if (enumerated || enumerations.length || undocumentedCredentials.length) state = 'concern';
  const disclosure: DisclosureState = !documented ? 'unknown' : undocumented.length ? 'undocumented' : 'documented';
  const note = documented
    ? undocumented.length
      ? `${plural(undocumented.length, 'variable')} outside the terminal, CI, system, locale and proxy groups ${undocumented.length === 1 ? 'is' : 'are'} not documented${undocumentedCredentials.length ? `, including credentials: ${list(undocumentedCredentials)}` : ''}.${ctx.disclosure?.record && !ctx.disclosure.record.envVarsComplete ? ` The vendor publishes no complete list of the variables it reads (${plural(documented.length, 'variable')} documented).` : ''}`
      : 'Every variable outside the ordinary groups is documented.'
    : undefined;
  const at = ctx.report.inventory.envReadAt ?? {};
  const against = documented ? { undocumented: undocumented.map((n) => ({ value: n, ...(Object.hasOwn(at, n) ? { location: at[n] } : {}) })), documentedCount: relevant.length - undocumented.length } : undefined;
  return item(ctx, 'env-vars', state, sentence(parts), enumerations, facts, disclosure, note, against);
}

// --- gating classification -----------------------------------------------------------------

const LOCALE_HINT = /time ?zone|timezone|getTimezoneOffset|resolvedOptions|\blocale\b|\bIntl\b|\bTZ\b|\bLANG\b|\bLC_[A-Z]+|language/i;
const ENDPOINT_HINT = /base[_ ]?url|api[_ ]?url|_PROXY\b|\bproxy\b|endpoint|baseURL|\bhost(name)? of\b|registry/i;
const ZONE_VALUE = /^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+-]+/;

/**
 * What a gating finding's sensed value was. The engine says it in `details.senses` (SenseKind[])
 * when it can; otherwise the trace's source notes and the compared values tell.
 */
export function gatingSourceKinds(f: Finding): Set<'locale' | 'endpoint' | 'other'> {
  const kinds = new Set<'locale' | 'endpoint' | 'other'>();
  const declared = [...stringList(f.details?.senses), ...stringList(f.details?.sources), ...stringList(f.details?.sourceKinds), ...(typeof f.details?.sourceKind === 'string' ? [f.details.sourceKind] : [])];
  const texts = declared.length ? declared : f.trace.filter((s) => s.role === 'source').map((s) => s.note);
  for (const t of texts) {
    if (LOCALE_HINT.test(t)) kinds.add('locale');
    else if (ENDPOINT_HINT.test(t)) kinds.add('endpoint');
  }
  if (!declared.length && !kinds.size && f.values.some((v) => ZONE_VALUE.test(v))) kinds.add('locale');
  if (!kinds.size) kinds.add('other');
  return kinds;
}

function regionalDisclosure(ctx: Context, found: boolean): { disclosure: DisclosureState; note?: string } {
  const r = ctx.disclosure?.regionalBehavior;
  if (r === undefined) return { disclosure: found && ctx.disclosure ? 'undocumented' : 'unknown', note: found && ctx.disclosure ? 'The vendor disclosure does not mention behaviour that depends on region, locale or API provider.' : undefined };
  if (r) return { disclosure: 'documented', note: 'The vendor documents behaviour that depends on region, locale or API provider.' };
  return found ? { disclosure: 'contradicts', note: 'The vendor says behaviour does not depend on region, locale or API provider.' } : { disclosure: 'documented', note: 'The vendor says behaviour does not depend on region, locale or API provider.' };
}

// --- 3. locale -----------------------------------------------------------------------------

function locale(ctx: Context): ChecklistItem {
  const inv = ctx.report.inventory;
  const gates = ctx.byRule('env-gated-behavior').filter((f) => gatingSourceKinds(f).has('locale'));
  const localeFindings = ctx.report.findings.filter((f) => f.category === 'locale');
  const facts = [...(inv.timeZone ? ['sense:time-zone'] : []), ...(inv.locale ? ['sense:locale'] : [])];
  const sensed = [inv.timeZone && 'the time zone', inv.locale && 'the locale'].filter(Boolean).join(' and ');
  let state: AutoState;
  let summary: string;
  if (gates.length) {
    state = 'fail';
    const values = [...new Set(gates.flatMap((f) => f.values))];
    summary = `Compares ${sensed || 'the time zone or locale'} with specific values and changes behaviour on the result (${plural(gates.length, 'finding')})${values.length ? `: ${list(values)}` : ''}.`;
  } else if (sensed) {
    state = ctx.limited ? 'unknown' : 'pass';
    summary = `Reads ${sensed}; no comparison with regions or languages that changes behaviour was found (formatting dates and picking translations are ordinary).`;
  } else {
    state = ctx.cleanState();
    summary = 'Does not read the time zone or locale.';
  }
  const { disclosure, note } = regionalDisclosure(ctx, gates.length > 0);
  return item(ctx, 'locale', state, summary, [...gates, ...localeFindings], facts, gates.length || ctx.disclosure?.regionalBehavior !== undefined ? disclosure : 'unknown', note);
}

// --- 4. host identity ----------------------------------------------------------------------

function hostIdentity(ctx: Context): ChecklistItem {
  const inv = ctx.report.inventory;
  const sent = ctx.byRule('host-identity-sent');
  const machineReads = ctx.byRule('machine-id-read');
  const other = ctx.report.findings.filter((f) => (f.category === 'host-identity' || f.category === 'machine-id' || f.category === 'git-identity') && f.ruleId !== 'machine-id-read');
  const identifying = inv.hostIdentity.filter((h) => !ORDINARY_HOST_READS.test(h));
  const facts = [...inv.hostIdentity.map((h) => `host-identity:${h}`), ...inv.machineIds.map((m) => `machine-id:${m}`)];
  let state: AutoState;
  const parts: string[] = [];
  if (sent.length) {
    state = 'fail';
    parts.push(`Sends host identity over the network (${plural(sent.length, 'finding')})${sent.some((f) => f.values.length) ? `: ${list([...new Set(sent.flatMap((f) => f.values))])}` : ''}`);
  } else if (inv.machineIds.length || machineReads.length) {
    state = 'concern';
    parts.push(`Reads a machine identifier (${list(inv.machineIds.length ? inv.machineIds : [...new Set(machineReads.flatMap((f) => f.values))])}); not seen sent`);
  } else if (identifying.length) {
    state = ctx.limited ? 'unknown' : 'pass';
    parts.push(`Reads ${list(identifying)}; not seen sent`);
  } else {
    state = ctx.cleanState();
    parts.push('Collects no host identity');
  }
  if ((sent.length || inv.machineIds.length) && identifying.length && !parts[0].includes(identifying[0])) parts.push(`also reads ${list(identifying)}`);
  const c = ctx.disclosure?.collectsDeviceIdentifiers;
  const collects = sent.length > 0 || inv.machineIds.length > 0 || machineReads.length > 0;
  let disclosure: DisclosureState = 'unknown';
  let note: string | undefined;
  // Against a record: which kinds of identifier the code sends that the vendor does not say it sends.
  const kinds = ctx.disclosure?.documentedIdentifiers;
  const sentKinds = new Map<string, Finding>();
  for (const f of sent) for (const v of f.values.length ? f.values : [f.message]) for (const k of identifierKinds(v)) if (!sentKinds.has(k)) sentKinds.set(k, f);
  const unsaid = kinds ? [...sentKinds].filter(([k]) => !kinds.includes(k)) : [];
  const against = kinds && sent.length ? { undocumented: unsaid.map(([k, f]) => ({ value: k, location: f.location })), documentedCount: sentKinds.size - unsaid.length } : undefined;
  if (c === false && collects) {
    disclosure = 'contradicts';
    note = 'The vendor says it does not collect device identifiers.';
    if (state === 'concern') state = 'fail';
  } else if (kinds && unsaid.length) {
    disclosure = 'undocumented';
    note = `Sends ${list(unsaid.map(([k]) => k))}, which the vendor does not document sending${kinds.length ? ` (it documents: ${list(kinds)})` : ''}.`;
  } else if (kinds && sent.length) {
    disclosure = 'documented';
    note = `The vendor documents sending ${list([...sentKinds.keys()])}.`;
  } else if (c === true) {
    disclosure = 'documented';
    note = 'The vendor documents collecting device identifiers.';
  } else if (c === false) {
    disclosure = collects ? 'contradicts' : 'documented';
    note = 'The vendor says it does not collect device identifiers.';
    if (collects && state === 'concern') state = 'fail';
  } else if (collects && ctx.disclosure) {
    disclosure = 'undocumented';
    note = 'The vendor disclosure does not mention device identifiers.';
  }
  return item(ctx, 'host-identity', state, parts.join('; ') + '.', [...sent, ...machineReads, ...other], facts, disclosure, note, against);
}

/** The kinds of identifier a sent value's label names (`os.hostname()`, `machine id (ioreg …)`, `git user identity`). */
export function identifierKinds(label: string): string[] {
  const out: string[] = [];
  if (/hostname|host name|host\.name|COMPUTERNAME/i.test(label)) out.push('hostname');
  if (/userInfo|user ?name|process\.owner|USER\b|LOGNAME/i.test(label) && !/git/i.test(label)) out.push('username');
  if (/machine.?id|machineId|IOPlatformUUID|ioreg|MachineGuid|product_uuid|dbus/i.test(label)) out.push('machine-id');
  if (/networkInterfaces|network interface|\bmac\b/i.test(label)) out.push('network-address');
  if (/\bgit\b|\bGIT_(AUTHOR|COMMITTER)_/i.test(label)) out.push('git-identity');
  return out;
}

// --- 5. endpoint inspection ----------------------------------------------------------------

function endpointInspection(ctx: Context): ChecklistItem {
  const env = ctx.report.inventory.envVars;
  const gates = ctx.byRule('env-gated-behavior').filter((f) => gatingSourceKinds(f).has('endpoint'));
  const endpointFindings = ctx.report.findings.filter((f) => f.category === 'endpoint');
  const configVars = Object.keys(env).filter((n) => env[n] === 'proxy' || env[n] === 'endpoint').sort();
  const facts = configVars.map((n) => `env:${n}`);
  let state: AutoState;
  let summary: string;
  if (gates.length) {
    state = 'fail';
    const values = [...new Set(gates.flatMap((f) => f.values))];
    summary = `Compares the proxy or API base URL with vendor, lab or region lists and changes behaviour on the result (${plural(gates.length, 'finding')})${values.length ? `: ${list(values)}` : ''}.`;
  } else if (configVars.length) {
    state = ctx.limited ? 'unknown' : 'pass';
    summary = `Reads ${plural(configVars.length, 'proxy or endpoint variable')} (${list(configVars)}) to connect; no comparison with vendor or region lists found.`;
  } else {
    state = ctx.cleanState();
    summary = 'Reads no proxy or API base-URL configuration.';
  }
  const { disclosure, note } = regionalDisclosure(ctx, gates.length > 0);
  return item(ctx, 'endpoint-inspection', state, summary, [...gates, ...endpointFindings], facts, gates.length || ctx.disclosure?.regionalBehavior !== undefined ? disclosure : 'unknown', note);
}

// --- 6. obfuscation ------------------------------------------------------------------------

function obfuscation(ctx: Context): ChecklistItem {
  const lists = ctx.byRule('obfuscated-vendor-list');
  const strings = ctx.byRule('obfuscated-string');
  const others = ctx.report.findings.filter((f) => f.category === 'obfuscation' && f.ruleId !== 'obfuscated-vendor-list' && f.ruleId !== 'obfuscated-string');
  const decodedCount = Math.max(ctx.report.inventory.decodedStrings, strings.length);
  const sample = [...new Set([...lists, ...strings].flatMap((f) => f.values))];
  let state: AutoState;
  let summary: string;
  if (lists.length) {
    state = 'fail';
    summary = `Hides lists of regions, vendors or labs (${plural(lists.length, 'finding')}); decoded: ${list([...new Set(lists.flatMap((f) => f.values))], 12)}.`;
  } else if (strings.some((f) => severityRank(f.severity) >= severityRank('medium')) || others.some((f) => severityRank(f.severity) >= severityRank('medium'))) {
    state = 'concern';
    summary = `${plural(decodedCount, 'statically decoded string')}, some of them rated medium or above${sample.length ? `: ${list(sample)}` : ''}.`;
  } else if (decodedCount) {
    state = 'pass';
    summary = `${plural(decodedCount, 'statically decoded string')}, none of them a region, vendor or lab list${sample.length ? `: ${list(sample)}` : ''}.`;
  } else {
    state = ctx.cleanState();
    summary = 'No encoded strings found.';
  }
  return item(ctx, 'obfuscation', state, summary, [...lists, ...strings, ...others], [], 'unknown');
}

// --- 7. gating and covert markers ----------------------------------------------------------

function gating(ctx: Context): ChecklistItem {
  const gates = ctx.byRule('env-gated-behavior');
  const markers = ctx.byRule('covert-marker');
  const switches = ctx.report.findings.filter((f) => f.category === 'kill-switch' || (f.category === 'covert-marker' && f.ruleId !== 'covert-marker') || (f.category === 'gating' && f.ruleId !== 'env-gated-behavior'));
  const all = [...gates, ...markers, ...switches];
  const worst = all.reduce((m, f) => Math.max(m, severityRank(f.severity)), -1);
  let state: AutoState;
  const parts: string[] = [];
  if (markers.length) parts.push(`${plural(markers.length, 'covert marker')} (text that differs only by look-alike or invisible characters, chosen by a branch)`);
  if (gates.length) parts.push(`${plural(gates.length, 'behaviour')} gated on region, vendor or organisation${gates.some((f) => f.values.length) ? `: ${list([...new Set(gates.flatMap((f) => f.values))])}` : ''}`);
  if (switches.length) parts.push(`${plural(switches.length, 'other environment-dependent switch', 'other environment-dependent switches')}`);
  if (markers.length || worst >= severityRank('high')) state = 'fail';
  else if (all.length) state = 'concern';
  else state = ctx.cleanState();
  const summary = parts.length ? parts.join('; ') + '.' : ctx.limited ? 'No environment-gated behaviour found, but the code could only partly be read.' : 'No environment-gated behaviour or covert marker found.';
  const { disclosure, note } = regionalDisclosure(ctx, all.length > 0);
  return item(ctx, 'gating', state, summary, all, [], all.length || ctx.disclosure?.regionalBehavior !== undefined ? disclosure : 'unknown', note);
}

// --- 8. network ----------------------------------------------------------------------------

export function matchesHostPattern(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  // `usagereports*.blob.core.windows.net`: a star inside a label matches within that label.
  const sub = p.startsWith('*.');
  if ((sub ? p.slice(2) : p).includes('*')) {
    const body = (sub ? p.slice(2) : p).split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^.]*');
    return new RegExp(`^${sub ? '(?:[^.]+\\.)+' : ''}${body}$`).test(h);
  }
  if (p.startsWith('*.')) return h.endsWith(p.slice(1));
  if (p.startsWith('.')) return h === p.slice(1) || h.endsWith(p);
  return h === p;
}

function network(ctx: Context): ChecklistItem {
  const inv = ctx.report.inventory;
  const hosts = [...inv.hosts].sort();
  const facts = [...hosts.map((h) => `host:${h}`), ...inv.network.map((n) => `network-api:${n}`)];
  const requests = ctx.report.findings.filter((f) => f.category === 'network' && f.ruleId !== 'telemetry' && f.ruleId !== 'host-identity-sent');
  const documented = ctx.disclosure?.documentedHosts;
  // Hosts of the URLs requests are made to come first: those are contacted, the rest only named.
  const contacted = new Set(inv.urls.map(hostOf));
  const undocumented = documented ? hosts.filter((h) => !documented.some((p) => matchesHostPattern(h, p))).sort((a, b) => Number(contacted.has(b)) - Number(contacted.has(a)) || a.localeCompare(b)) : [];
  let state: AutoState;
  const parts: string[] = [];
  if (!hosts.length && !inv.network.length) {
    state = ctx.cleanState();
    parts.push('No network endpoints or request APIs found');
  } else {
    state = ctx.limited ? 'unknown' : 'pass';
    if (undocumented.length) {
      parts.push(`not in the vendor's documented endpoints: ${list(undocumented)}`);
      state = 'concern';
    }
    parts.push(hosts.length ? `references ${plural(hosts.length, 'host')}: ${list(hosts, 12)}` : 'uses network APIs but no literal host was found');
    if (inv.network.length) parts.push(`network APIs: ${list(inv.network)}`);
  }
  const disclosure: DisclosureState = !documented ? 'unknown' : undocumented.length ? 'undocumented' : 'documented';
  const note = documented
    ? (undocumented.length ? `${plural(undocumented.length, 'host')} not documented by the vendor.` : 'Every referenced host is documented by the vendor.') +
      (ctx.disclosure?.record && !ctx.disclosure.record.hostsComplete ? ' The vendor publishes no network allow-list; the hosts it names elsewhere were matched.' : '')
    : undefined;
  const against = documented ? { undocumented: undocumented.map((h) => ({ value: h })), documentedCount: hosts.length - undocumented.length } : undefined;
  return item(ctx, 'network', state, sentence(parts), requests, facts, disclosure, note, against);
}

// --- 9. commands and sensitive files -------------------------------------------------------

function commandsFiles(ctx: Context): ChecklistItem {
  const inv = ctx.report.inventory;
  const discovery = ctx.byRule('discovery-command');
  const fileReads = ctx.byRule('sensitive-file-read');
  const others = ctx.report.findings.filter((f) => (f.category === 'command' || f.category === 'sensitive-file' || f.category === 'file-write') && f.ruleId !== 'discovery-command' && f.ruleId !== 'sensitive-file-read');
  const facts = [...inv.commands.map((c) => `command:${c}`), ...inv.sensitiveFiles.map((f) => `file:${f}`)];
  const parts: string[] = [];
  if (inv.sensitiveFiles.length || fileReads.length) parts.push(`Reads sensitive files: ${list(inv.sensitiveFiles.length ? inv.sensitiveFiles : [...new Set(fileReads.flatMap((f) => f.values))])}`);
  if (discovery.length) parts.push(`runs identity discovery commands: ${list([...new Set(discovery.flatMap((f) => f.values))])}`);
  if (inv.commands.length) parts.push(`runs ${plural(inv.commands.length, 'command')}: ${list(inv.commands)}`);
  let state: AutoState;
  if (inv.sensitiveFiles.length || fileReads.length || discovery.length) state = 'concern';
  else if (inv.commands.length || others.length) state = ctx.limited ? 'unknown' : 'pass';
  else state = ctx.cleanState();
  const summary = parts.length ? sentence(parts) : 'Runs no commands and reads no sensitive files.';
  return item(ctx, 'commands-files', state, summary, [...fileReads, ...discovery, ...others], facts, 'unknown');
}

// --- 10. provenance ------------------------------------------------------------------------

const KIND_READABILITY: Record<string, 'plain' | 'embedded' | 'native'> = {
  js: 'plain',
  folder: 'plain',
  package: 'plain',
  vsix: 'plain',
  extension: 'plain',
  bun: 'embedded',
  sea: 'embedded',
  native: 'native',
};

function provenance(ctx: Context): ChecklistItem {
  const t = ctx.report.tool;
  const d = ctx.disclosure;
  const arts = ctx.report.artifacts;
  const readability = new Set(arts.map((a) => (a.analysis === 'none' || a.analysis === 'limited' ? 'native' : KIND_READABILITY[a.kind] ?? 'plain')));
  // What runs and who publishes it, not the bytes: every update changes hashes, and a review of
  // provenance should go stale only when the kind of artifact or the publisher changes.
  const facts = [...arts.map((a) => `artifact:${a.kind}:${a.analysis ?? 'full'}`), ...(t?.publisher ?? t?.vendor ? [`publisher:${t?.publisher ?? t?.vendor}`] : [])];
  const limitations = ctx.report.findings.filter((f) => f.category === 'limited-analysis');
  const publisher = t?.publisher ?? t?.vendor;
  const parts: string[] = [];
  parts.push(publisher ? `Published by ${printable(publisher, 80)}` : 'Publisher unknown');
  if (d?.license) parts.push(`license ${printable(d.license, 60)}`);
  if (d?.repository) parts.push(`repository ${printable(d.repository, 120)}`);
  if (d?.sourceAvailable !== undefined) parts.push(d.sourceAvailable ? 'source published' : 'source not published');
  const how: string[] = [];
  if (readability.has('plain')) how.push('readable JavaScript');
  if (readability.has('embedded')) how.push('JavaScript embedded in an executable (Bun or Node SEA)');
  if (readability.has('native')) how.push('native code or unreadable parts (strings-level inventory only)');
  parts.push(how.length ? `what runs: ${how.join(', ')}` : 'no artifact was analysed');
  const unread = ctx.report.errors.filter((e) => e.kind !== 'internal');
  if (unread.length) parts.push(`${plural(unread.length, 'input')} could not be analysed (${list([...new Set(unread.map((e) => e.kind))])})`);
  let state: AutoState;
  if (!arts.length || (readability.size === 1 && readability.has('native'))) state = 'unknown';
  else if (readability.has('native') || readability.has('embedded') || !publisher || unread.length) state = 'concern';
  else state = 'pass';
  // Absent fields mean "not in the catalog", not "the vendor hides it".
  const disclosure: DisclosureState = d && (d.repository || d.sourceAvailable !== undefined || d.license) ? 'documented' : 'unknown';
  return item(ctx, 'provenance', state, parts.join('; ') + '.', limitations, facts, disclosure);
}
