import { isFunction, memberName, unwrap, type Node } from '../engine/ast';
import type { Value } from '../engine/interpret';
import { isOperatorPipe, operatorCallback } from '../engine/pipes';
import { forEachDescendant, pathTo } from '../engine/walk';
import { referencesOf } from '../engine/refs';
import { isSensed, type Resolver, type Sensed, type Step } from '../engine/resolve';
import type { SenseKind } from '../engine/sources';
import type { Severity } from '../model';
import { comparisonFinder, type Comparison } from './comparisons';
import { classifyValue, isAiVendor, orgLogin, profileValues, singledOutRegion, type ListProfile } from './data/keywords';
import { EffectFinder, type Effect, type EffectKind, type Slice } from './effects';
import type { RuleMeta } from './meta';
import type { Check, CheckContext } from './types';
import { propertyKeyName } from '../engine/ast';
import type { Visitors } from '../engine/collect';
import type { Binding, Scope } from '../engine/scope';
import { entryFunctions, importBinding, linkPathText, overrideCalls, parseLinkedRef, requireCall, setStep, toLinkConst, type LinkConst, type LinkDecision, type LinkValue } from '../links';

/*
 * Rules as queries over the value flow, the way Semgrep's taint rules name sources and sinks and
 * CodeQL's data-flow configurations name isSource/isSink. The engine finds every comparison of a
 * sensed value with a list (comparisons.ts), follows every decision forward to what it changes
 * (effects.ts) and every sensed value forward to where it is sent; a query only names what it
 * looks for:
 * - which sources: the kinds of sensed value (engine/sources.ts), or `env-names` — the names of
 *   the environment's variables compared with a list that holds them (DEEPSEEK_API_KEY…);
 * - which classes of list on the other side: time zones, UTC offsets, countries, locales,
 *   vendors (other than the tool's own), or values matching a pattern, with how many it takes;
 * - which effects make it worth reporting, and which make it critical.
 * A new rule is a small file in queries/ with its metadata; no resolver is written for it.
 */

/** A kind of sensed value, or the names of the environment's variables compared with a list of them. */
export type SourceSelector = SenseKind | 'env-names';

/** A class of values a list holds. */
export type ListClass = 'timezone' | 'offset' | 'country' | 'locale' | 'cloud-region' | 'vendor';

/** One way a list qualifies: enough values of a class (vendors count distinct vendors, the tool's own left out), or values matching a pattern. */
export type ListRequirement =
  | {
      class: ListClass;
      atLeast?: number;
      /** Fewer suffice when the list was decoded at run time: hiding it is a signal. */
      atLeastDecoded?: number;
      /** Vendors: only AI labs, model providers, AI tools and their clouds count (not other companies, not VPN providers). */
      aiOnly?: boolean;
      /** At least half of the list is of the class (a list of countries, not top-level domains among which some are countries'). */
      mostly?: boolean;
      /** Countries: at least half of them are the regions such lists single out (not a residency list of `.de` and `.fr`). */
      singledOut?: boolean;
    }
  | { matching: RegExp; atLeast?: number };

/** What a decision changes, or how its list was written, for a query's reporting conditions. */
/**
 * What a query can ask of a decision's effects: a kind of effect; `decoded` (the list was hidden);
 * `non-translation` (a pick between texts of one script, or numbers); `pick` (any value or text
 * chosen by the branch, as opposed to the outcome only written into a line of text); `unfollowed`
 * (nothing it changes could be followed, which a query may keep reporting); `model-withheld` (a
 * guard returns before a model API's call: the model withheld, a request no other class counts);
 * `instruction` (an instruction to the model added for countries, in a script most of them do not write).
 */
export type EffectClass = EffectKind | 'decoded' | 'non-translation' | 'pick' | 'unfollowed' | 'model-withheld' | 'instruction';

/** Region, vendor and locale decisions: a comparison between a sensed value and a list. */
export interface DecisionQuery {
  /** Short name, for the docs and tests. */
  name: string;
  /** The rule it reports under (an id in the rule table, or the `meta` it brings). */
  rule: string;
  meta?: RuleMeta;
  /** What a matching decision is about: it names the finding and tells the covert-marker rule what decided a pick. */
  decides: 'region' | 'vendor' | 'locale';
  /** The sensed side: any of these kinds. */
  sources: SourceSelector[];
  /** Not this query when the sensed side is also one of these. */
  unless?: SenseKind[];
  /** The list side: any of these requirements. */
  lists: ListRequirement[];
  /** Reported only when the decision has one of these effects; without them it is recorded (for the checks after) but ordinary. */
  requires?: EffectClass[];
  /** Reported at `severity`, raised to critical by any of `critical`. */
  severity: Severity;
  critical?: EffectClass[];
}

/** A decision a query matched, for the checks that run after (covert markers). */
export interface Decision {
  node: Node;
  /** The query that matched it (by name). */
  query: string;
  kind: DecisionQuery['decides'];
  values: string[];
  senses: SenseKind[];
  /** The host identity it compares is the signed-in user's record a vendor's API gives (named as the account). */
  accountRecord?: boolean;
  trace: Step[];
  /** Look-alike texts it picks between (what the covert-marker rule reports, with this decision as the cause). */
  markers?: { node: Node; a: string; b: string; note: string; inferred?: boolean; made?: boolean }[];
}

/** The public git forges anyone hosts code on: a list that holds one is a list of hosting services. */
const PUBLIC_FORGES = /^(?:[\w-]+\.)*(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|gitea\.com)$/i;

const SERIOUS: ReadonlySet<EffectKind> = new Set(['covert-marker', 'exit', 'throw', 'request']);

const SENSE_NOUN: Record<SenseKind, string> = {
  env: 'an environment variable',
  timezone: 'the time zone',
  locale: 'the locale',
  'host-identity': 'the host identity',
  'machine-id': 'the machine id',
  endpoint: 'the API endpoint / proxy configuration',
  'git-identity': 'the git identity',
  'git-remote': "the git remote (the repository's organisation)",
  workplace: 'where the user works (the hosts and networks their tools are set up for)',
  'geo-ip': 'where the machine is (by its IP address, cloud region or Wi-Fi country)',
  tools: 'the other AI tools the user has installed (extensions, editors)',
  system: 'system information',
  account: "the signed-in account's organisation (its e-mail domain or organisation name)",
};

/** What a decision compares, in words. */
function senseNouns(senses: readonly SenseKind[], accountRecord: boolean): string {
  return senses.map((s) => (s === 'host-identity' && accountRecord ? "the signed-in user's account (the record a vendor's API gives)" : SENSE_NOUN[s])).join(' and ');
}

/** The signed-in user's record a vendor's API gives, sensed as a host identity and named as the account. */
function accountRecordSensed(s: Sensed): boolean {
  return s.kind === 'host-identity' && s.label.startsWith("signed-in user's account");
}

/** Whether a sensed side matches a query's sources. */
function sourcesMatch(q: DecisionQuery, sensed: Sensed[], values: (string | number)[]): boolean {
  const kinds = new Set(sensed.map((s) => s.kind));
  if (q.unless?.some((k) => kinds.has(k))) return false;
  // A weak source (a home folder, the OS type) says where files are, not who or where the user is.
  const strong = new Set(sensed.filter((s) => !s.weak).map((s) => s.kind));
  return q.sources.some((sel) =>
    sel === 'env-names' ? kinds.has('env') && sensed.some((s) => s.envName === '*' || values.includes(s.envName ?? '')) : strong.has(sel),
  );
}

/** An environment variable's name as programs write them. */
const ENV_NAME = /^_*[A-Z][A-Z0-9_]*$/;

/** Whether a list side (profiled once per decision) matches a query's lists. */
function listsMatch(q: DecisionQuery, values: (string | number)[], p: ListProfile, own: Set<string | undefined>, decoded: boolean, account: boolean): boolean {
  return q.lists.some((req) => {
    let count: number;
    if ('matching' in req) count = values.filter((v) => typeof v === 'string' && req.matching.test(v)).length;
    else if (req.class === 'vendor') {
      let vendors = [...p.vendors.keys()].filter((v) => !own.has(v) && (!req.aiOnly || isAiVendor(v)));
      // (A lab's organisation login, `meta-llama`, names a rival only in an account's organisation list:
      // a repository's remote or a model id under it is a gated model's or a sample's.)
      if (!account) vendors = vendors.filter((v) => p.vendors.get(v)!.some((x) => !orgLogin(x)));
      // Environment variables most of which name one vendor (CLAUDE_CODE_USE_BEDROCK,
      // ANTHROPIC_API_KEY… among AWS_REGION) are a program's own settings: that vendor is its own.
      const names = values.filter((v): v is string => typeof v === 'string');
      // (A long list: a check of other vendors' keys names a few of each.)
      if (names.length >= 12 && names.every((v) => ENV_NAME.test(v))) vendors = vendors.filter((v) => p.vendors.get(v)!.length * 2 <= names.length);
      // The tool's own hosts beside others' (the clouds that serve its models, `anthropic.com`,
      // `claude.ai` … `bedrock-runtime.…amazonaws.com`): an allow-list of where it may connect, not others singled out.
      // (Its own hosts, three or more, are the list's largest part: a check of one competitor beside the tool's own host is still one.)
      const ownValues = [...p.vendors].filter(([v]) => own.has(v)).reduce((n, [, xs]) => n + xs.length, 0);
      const mostOther = Math.max(0, ...[...p.vendors].filter(([v]) => !own.has(v)).map(([, xs]) => xs.length));
      count = ownValues >= 3 && ownValues >= mostOther ? 0 : vendors.length;
    }
    else count = (req.class === 'timezone' ? p.timezones : req.class === 'offset' ? p.offsets : req.class === 'country' ? p.countries : req.class === 'cloud-region' ? p.cloudRegions : p.locales).length;
    const need = 'class' in req && decoded && req.atLeastDecoded !== undefined ? Math.min(req.atLeastDecoded, req.atLeast ?? 1) : req.atLeast ?? 1;
    if ('class' in req && req.mostly && !mostlyCountries(values, p)) return false;
    if ('class' in req && req.singledOut && p.countries.filter(singledOutRegion).length * 2 < p.countries.length) return false;
    return count >= need;
  });
}

/**
 * Whether at least half of a list is countries, a code written plain, lower-case or as a top-level
 * domain (`cn`, `.cn` and `CN` alike) counted once: a pattern's alternatives are taken both with
 * and without the dot before them.
 */
function mostlyCountries(values: readonly (string | number)[], p: ListProfile): boolean {
  const norm = (v: string | number) => (typeof v === 'string' && /^\.?[a-zA-Z]{2}$/.test(v) ? v.replace(/^\./, '').toUpperCase() : String(v));
  const countries = new Set(p.countries.map(norm));
  return countries.size * 2 >= new Set(values.map(norm)).size;
}

/** The first query that a decision's sensed side and list side match, in the order given. */
export function matchDecision(queries: readonly DecisionQuery[], sensed: Sensed[], values: (string | number)[], decoded: boolean, firstParty: string[]): DecisionQuery | undefined {
  const p = profileValues(values);
  const own = new Set(firstParty.map((h) => classifyValue(h).vendor).filter(Boolean));
  // (An account: one the file reads, or the signed-in user's record a vendor's API gives.)
  const account = sensed.some((s) => s.kind === 'account' || accountRecordSensed(s));
  return queries.find((q) => sourcesMatch(q, sensed, values) && listsMatch(q, values, p, own, decoded, account));
}

function hasClass(c: EffectClass, effects: Effect[], decoded: boolean, leaves = false, values: readonly (string | number)[] = []): boolean {
  if (c === 'decoded') return decoded;
  if (c === 'non-translation') return nonTranslationIn(effects, values);
  if (c === 'pick') return effects.some((e) => e.picks !== undefined) && (leaves || !printedLabel(effects));
  // (A branch that only prints on the console has that effect: followed, and no request, prompt or pick of text.)
  if (c === 'unfollowed') return effects.length === 0;
  // (A model's call a guard returns before: asked for by name; a request otherwise.)
  if (c === 'model-withheld') return effects.some((e) => e.model);
  if (c === 'instruction') return effects.some((e) => e.added && typeof e.picks?.[0] === 'string' && foreignToPlaces(e.picks[0], values));
  // (The model withheld from the locales of one language, `en-US`, `en-GB`…: a translation it skips.)
  return effects.some((e) => e.kind === c && (!e.model || !oneLanguage(values)));
}

/** Locales of one language only (`en-US`, `en-GB`, `en_AU`): a check of the language. */
function oneLanguage(values: readonly (string | number)[]): boolean {
  const langs = new Set(values.map((v) => (typeof v === 'string' && classifyValue(v).cls === 'locale' ? v.slice(0, 2).toLowerCase() : '*')));
  return values.length > 0 && langs.size === 1 && !langs.has('*');
}

/**
 * A pick between two short words that only goes into what the program prints (`12h` or `24h` in
 * a log line's time stamp): a format of its own console output, not behaviour that changes by who
 * the user is. A sentence printed in place of another (`"The service is busy…"`) is a message the
 * user is told, and a pick that also reaches a request, a prompt or an exit is not only printed.
 */
function printedLabel(effects: Effect[]): boolean {
  const label = (p: Value) => typeof p === 'string' && /^\S{0,12}$/.test(p);
  return effects.some((e) => e.printed) && effects.every((e) => e.printed || (e.picks ? e.picks.every(label) : e.kind === 'text'));
}

/**
 * The check that runs decision queries: comparisons found by the engine, grouped into decisions,
 * each matched with the first query that names its sources and its list, followed to its effects
 * and reported as the query says.
 */
export function decisionCheck(name: string, given: readonly DecisionQuery[]): Check {
  // A pattern is tested on many values: without its global or sticky flag, each test starts afresh.
  const queries = given.map((q) => ({ ...q, lists: q.lists.map((l) => ('matching' in l && /[gy]/.test(l.matching.flags) ? { ...l, matching: new RegExp(l.matching.source, l.matching.flags.replace(/[gy]/g, '')) } : l)) }));
  const patterns = queries.flatMap((q) => q.lists.flatMap((l) => ('matching' in l ? [l.matching] : [])));
  return {
    name,
    reports: [...new Set(queries.map((q) => q.rule))],
    create(ctx) {
      const finder = comparisonFinder(ctx, patterns);
      const tests = linkedTests(ctx, queries);
      return {
        visitors: both(finder.visitors, tests.visitors),
        finish() {
          const candidates = finder.finish();
          const linked = tests.finish();
          // Decisions another module's override of a method of this module's class returns: tested where the class calls it on itself.
          const overrides = (ctx.links.inputs?.entries ?? []).filter((e) => e.override !== undefined && e.decision);
          const handed = (ctx.links.inputs?.entries ?? []).filter((e) => e.override === undefined && e.decision && e.arg >= 0);
          const envs = (ctx.links.inputs?.envs ?? []).filter((x) => x.decision);
          if (!candidates.length && !linked.length && !overrides.length && !handed.length && !envs.length) return;
          const effects = new EffectFinder(ctx.resolver(), ctx.root());
          for (const e of overrides.slice(0, 8)) {
            for (const call of overrideCalls(ctx.resolver(), ctx.root(), ctx.facts().programScope, e.path, e.override!)) {
              linked.push({ node: call.node, value: { ref: '', decision: e.decision, note: e.note } });
            }
          }
          for (const { decision, comps } of candidates) {
            const d = reportDecision(ctx, queries, effects, decision, comps);
            if (d) ctx.decisions.push(d);
          }
          for (const { node, value } of linked) {
            const d = reportLinkedDecision(ctx, queries, effects, node, value);
            if (d) ctx.decisions.push(d);
          }
          // Decisions another module handed to a function of this one (`tagged(text, label)`): followed from the parameter.
          for (const e of handed.slice(0, 8)) {
            for (const fn of entryFunctions(ctx.resolver(), ctx.root(), ctx.facts().programScope, e.path).slice(0, 2)) {
              const at = (fn.node.params[e.arg] as Node | undefined) ?? fn.node;
              const slice = effects.sliceParam(fn.node, e.arg, e.field, at, 'control');
              // A function handed in, only called here and returned (a memo helper's `return compute()`):
              // the decision is in what it returns, which goes back to the module that decided.
              if (!slice.effects.length && onlyCalled(ctx.resolver(), fn, e.arg) && ctx.resolver().callsParam(fn, e.arg)) continue;
              const d = reportLinkedDecision(ctx, queries, effects, at, { ref: '', decision: e.decision, note: e.note }, slice);
              if (d) ctx.decisions.push(d);
            }
          }
          // Decisions another module wrote into an environment variable: followed from this file's reads of it.
          for (const e of envs.slice(0, 8)) {
            const read = effects.sliceEnv(e.name, 'control');
            if (!read) continue;
            const d = reportLinkedDecision(ctx, queries, effects, read.at, { ref: '', decision: e.decision, note: e.note }, read.slice);
            if (d) ctx.decisions.push(d);
          }
        },
      };
    },
  };
}

function reportDecision(ctx: CheckContext, queries: readonly DecisionQuery[], finder: EffectFinder, decision: Node, comps: Comparison[]): Decision | undefined {
  const allValues = [...new Set(comps.flatMap((c) => c.values))];
  const decodedVia = comps.flatMap((c) => c.decodedVia ?? []);
  // An endpoint or proxy URL is never equal to a bare name ("openai"): compared for equality with
  // names that are not hosts, the value is something else (a provider the user configured), and a
  // router that picks by it is ordinary.
  const hostLike = allValues.some((v) => typeof v === 'string' && /[.:/]/.test(v));
  // (A label of the host, `host.split(".")`, is a name: `deepseek` of `api.deepseek.com` can equal one.)
  const sensedHere = comps.flatMap((c) => (c.sensed.sensed ?? []).filter((s) => s.kind !== 'endpoint' || hostLike || !c.exact || labelOfHost(c.sensed.steps)));
  const q = matchDecision(queries, sensedHere, allValues, decodedVia.length > 0, ctx.firstPartyHosts);
  if (!q) return undefined;
  const senses = new Set(comps.flatMap((c) => (c.sensed.sensed ?? []).map((s) => s.kind)));
  const values = [...new Set(comps.flatMap((c) => c.values.map(String)))].slice(0, 60);
  const decoded = comps.some((c) => c.decodedVia && c.decodedVia.length);
  const slice = finder.sliceDecision(decision);
  // A table of git hosting services that holds the public forges (`github.com`, `gitlab.com`…) beside
  // a vendor's (`dev.azure.com`, `codeup.aliyun.com`), whose pick changes nothing the flow can
  // follow, picks how to link to the repository: no organisation is singled out. (Nor when all it
  // does besides is tell the user the host is not one it knows: `showErrorMessage("Unsupported git host.")`.)
  if (q.decides === 'vendor' && slice.effects.every((e) => e.errorShown) && !leavesSlice(slice) && [...senses].every((s) => s === 'git-remote') && values.some((v) => PUBLIC_FORGES.test(v))) return undefined;
  // A look-alike against what code elsewhere gives (`vendor ? "\u2019" : super.quote()`) counts for a
  // vendor check only: by language or region, typography picks such characters (a Swedish minus sign).
  // An effect reached through a test of a field of the table entry the decision picked (`case
  // "relay":`) is decided by the keys whose entries pass that test: it counts when they are still a
  // list the query looks for (other vendors' hosts), not when they are the tool's own host.
  const own = new Set(ctx.firstPartyHosts.map((h) => classifyValue(h).vendor).filter(Boolean));
  const narrowed = slice.effects.filter((e) => !e.among || listsMatch(q, e.among, profileValues(e.among), own, decodedVia.length > 0, true));
  const effects = q.decides === 'vendor' ? narrowed : narrowed.filter((e) => !e.inferred);
  // (Only per-key values, a default model for each provider, and tests that single out none: a router, nothing gated.)
  if (!effects.length && (narrowed.length < slice.effects.length || slice.perEntry) && !leavesSlice(slice)) return undefined;
  // A host compared with vendors' domains only to return the vendor's own name (`"dashscope"` for
  // `dashscope.aliyuncs.com`, a provider label for logs): the provider named, nothing gated.
  // (Nor to set each provider's own default, `cfg.model = model` of `[host, model]` pairs, written out: a router.)
  if (q.decides === 'vendor' && effects.length && effects.every((e) => namesComparedVendor(e, values) || (e.perKey && !decodedVia.length))) return undefined;
  // (A setting read by its name, `config.baseUrl`, is a source only for what the decision is seen to change.)
  if (!effects.length && comps.every((c) => (c.sensed.sensed ?? []).every((s) => s.configured))) return undefined;
  const trace: Step[] = [];
  const seen = new Set<string>();
  for (const c of comps)
    for (const s of c.sensed.steps ?? []) {
      const k = `${s.node.start}:${s.note}`;
      if (!seen.has(k)) {
        seen.add(k);
        trace.push(s);
      }
    }
  for (const c of comps) {
    if (c.decodedVia?.length) trace.push({ role: 'transform', node: c.node, note: `compared list was decoded from ${c.decodedVia.join(' + ')}` });
  }
  // (The signed-in user's record a vendor's API gives is a host identity for where it is sent, and named as the account here.)
  const accountRecord = comps.every((c) => (c.sensed.sensed ?? []).every((s) => s.kind !== 'host-identity' || accountRecordSensed(s)));
  const sensesText = senseNouns([...senses], accountRecord);
  trace.push({ role: 'condition', node: decision, note: `compares ${sensesText} with ${values.slice(0, 6).map((v) => JSON.stringify(v)).join(', ')}${values.length > 6 ? ` and ${values.length - 6} more` : ''}` });
  // How the decision reached its first effect, along its own path.
  const via = effects[0]?.via ?? slice.carriers;
  trace.push(...(via.length > 3 ? [via[0], ...via.slice(-2)] : via));
  for (const e of effects.slice(0, 6)) trace.push({ role: 'effect', node: e.node, note: e.note });

  // (By a locale, look-alike text a function makes is typography: full-width punctuation, curly quotes.)
  const markers = markersOf(q, effects);
  // (Every effect behind a test of the picked entry's field: the decision is by the keys that pass it.)
  const by = effects.length && effects.every((e) => e.among) ? [...new Set(effects.flatMap((e) => e.among!))].slice(0, 60) : values;
  const recorded: Decision = { node: decision, query: q.name, kind: q.decides, values: by, senses: [...senses], trace, ...(markers.length ? { markers } : {}), ...(accountRecord && senses.has('host-identity') ? { accountRecord: true } : {}) };
  // Returned by an override of another module's class method: the decision goes where that class
  // calls it, to be reported there with what it changes (and here as well, in case it is not).
  if (slice.overridden.length) handOverride(ctx, slice, q, recorded, decoded, trace);
  if (slice.exits.length || slice.samples.length || slice.envWritten.length) handOn(ctx, slice, q, slice.exits.length || slice.envWritten.length ? linkDecision(ctx, q, recorded, decoded, trace) : undefined);
  const viaCall = comps.some((c) => (c.sensed.steps ?? []).some((s) => s.note.startsWith('passed to')));
  report(ctx, q, decision, recorded, effects, decoded, viaCall ? 'medium' : 'high', '', leavesSlice(slice));
  return recorded;
}

/** A decision an override returns, handed to the module of the class it overrides a method of (core/links.ts). */
function handOverride(ctx: CheckContext, slice: Slice, q: DecisionQuery, d: Decision, decoded: boolean, trace: Step[]): void {
  const where = (n: Node) => placeIn(ctx, n);
  const cond = trace.find((s) => s.role === 'condition');
  const at = where(cond?.node ?? d.node);
  for (const o of slice.overridden) {
    const to = parseLinkedRef(o.ref);
    const exits = (ctx.links.out.exits ??= []);
    if (!to || to.path.length !== 1) continue;
    // (Each decision its own: two checks in one override are two.)
    if (exits.length >= 64 || exits.some((e) => e.override === o.method && e.module === to.module && e.decision?.where === at && e.decision.query === q.name)) continue;
    exits.push({
      ...to,
      arg: -1,
      override: o.method,
      ...(o.field ? { field: o.field } : {}),
      kind: d.senses[0] ?? 'env',
      label: q.name,
      forDecision: true,
      decision: linkDecision(ctx, q, d, decoded, trace),
      note: `returned by ${o.method}() (${where(o.node)}), which ${to.path[0]} calls on itself`,
    });
  }
}

/** Where a node is, for a trace another file shows: `file.js:line`. */
function placeIn(ctx: CheckContext, n: Node): string {
  return `${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(n.start).line}`;
}

/** A decision as another module is told of it: what was compared with what, where. */
function linkDecision(ctx: CheckContext, q: DecisionQuery, d: Decision, decoded: boolean, trace: Step[]): LinkDecision {
  const where = (n: Node) => placeIn(ctx, n);
  const cond = trace.find((s) => s.role === 'condition');
  return {
    query: q.name,
    kind: q.decides,
    values: d.values.slice(0, 60),
    senses: d.senses,
    decoded,
    sources: trace.filter((s) => s.role === 'source').slice(0, 2).map((s) => `${s.note} (${where(s.node)})`),
    condition: cond?.note ?? 'compares it with a list',
    where: where(cond?.node ?? d.node),
  };
}

/** Reports a decision as its query says, unless the query wants an effect it does not have. */
/** Whether what a decision picks also goes where its slice does not see its effects: returned, exported, handed to another module. */
function leavesSlice(slice: Slice): boolean {
  return !!slice.returned || !!slice.unseen || slice.exits.length + slice.exported.length + slice.written.length + slice.callbacks.length + slice.overridden.length + slice.envWritten.length > 0;
}

function report(ctx: CheckContext, q: DecisionQuery, node: Node, d: Decision, effects: Effect[], decoded: boolean, confidence: 'high' | 'medium', where = '', leaves = false): void {
  // (What only the program's debug output shows, `if (process.env.APP_DEBUG) console.error(…)`, is
  // diagnostics: a decision whose every effect past its picks is there changes nothing the user gets.)
  const past = effects.filter((e) => e.picks === undefined);
  if (past.length && past.every((e) => debugOnly(ctx.root(), e))) return;
  // (A stop that tells the user which setting to make, when the test also finds that setting
  // missing, is a configuration check the user passes by making it, no refusal.)
  const stops = effects.filter((e) => configurationStop(ctx, e));
  if (stops.length) {
    effects = effects.filter((e) => !stops.includes(e));
    if (!effects.length) return;
  }
  // (A setting picked for languages, a speech model or a character budget for `zh-CN` and `ja-JP`,
  // is a language's resource; for countries, `CN` or `RU`, it singles out where the user is.)
  const languages = q.decides === 'locale' && d.values.every((v) => classifyValue(v).cls === 'locale' || /^[a-z]{2,3}$/.test(v));
  if (q.requires && !q.requires.some((c) => hasClass(c, languages ? effects.filter((e) => !e.setting) : effects, decoded, leaves, d.values))) return; // ordinary (translated text): the inventory records the read
  const severity: Severity = q.critical?.some((c) => hasClass(c, effects, decoded, leaves)) ? 'critical' : q.severity;
  const what = q.decides === 'vendor' ? 'vendor' : 'region';
  // (Then what changes the service, a model set or a list cut, before a value returned on the way to it.)
  const main = effects.find((e) => e.kind === 'covert-marker') ?? effects.find((e) => SERIOUS.has(e.kind)) ?? effects.find((e) => e.setting || e.narrowed || e.added) ?? effects[0];
  const sensesText = senseNouns(d.senses, !!d.accountRecord);
  ctx.report({
    ruleId: q.rule,
    severity,
    confidence,
    message: `Behaviour gated on ${what}: ${sensesText} compared with ${describeValues(d.values)}${decoded ? ' (hidden by encoding)' : ''}${where}${main ? `; ${main.note}` : '; what it changes could not be followed'}`,
    node,
    values: d.values,
    trace: d.trace,
    key: [what, ...[...d.senses].sort(), ...d.values.slice().sort(), ...[...new Set(effects.map((e) => e.kind))].sort()],
    details: { effects: [...new Set(effects.map((e) => e.kind))], senses: d.senses, decoded, query: q.name },
  });
}

/** Names of debug and verbose switches: `APP_DEBUG`, `options.verbose`, `isDebug`, `"--debug"`. */
const DEBUG_SWITCH = /debug|verbose/i;

/**
 * Whether a text effect (a value picked, a message printed) is in a branch taken only when the
 * program's debug or verbose output is on (`if (env.APP_DEBUG) console.error(…)`, `verbose && log(…)`,
 * `debug ? trace(…) : …`). A request, a prompt, an exit or a marker counts wherever it is.
 */
/**
 * `if ((host.endsWith(".cn") || host.endsWith(".hk")) && !process.env.NODE_EXTRA_CA_CERTS) {
 * console.error("… Set NODE_EXTRA_CA_CERTS to your company's CA bundle"); process.exit(1); }`: an
 * exit or error in a branch whose test requires an environment variable to be unset, and whose
 * text names that variable.
 */
function configurationStop(ctx: CheckContext, e: Effect): boolean {
  if (e.kind !== 'exit' && e.kind !== 'throw') return false;
  const path = pathTo(ctx.root(), e.node);
  for (let j = path.length - 2; j >= 0; j--) {
    const n = path[j];
    if (isFunction(n)) return false;
    if (n.type !== 'IfStatement' || n.consequent !== path[j + 1]) continue;
    const unset = unsetVariables(n.test);
    if (!unset.length) return false;
    const said = ctx.text.slice(n.consequent.start, n.consequent.end);
    return unset.some((x) => new RegExp(`(^|[^A-Za-z0-9_])${x}($|[^A-Za-z0-9_])`).test(said));
  }
  return false;
}

/** The environment variables a test requires unset: `!process.env.X` (or `!env.X`) among the operands of `&&`. */
function unsetVariables(test: Node): string[] {
  const t = unwrap(test);
  if (t.type === 'LogicalExpression' && t.operator === '&&') return [...unsetVariables(t.left), ...unsetVariables(t.right)];
  if (t.type !== 'UnaryExpression' || t.operator !== '!') return [];
  const m = unwrap(t.argument);
  if (m.type !== 'MemberExpression' || unwrap(m.object).type !== 'MemberExpression' || memberName(unwrap(m.object)) !== 'env') return [];
  const name = memberName(m);
  return name && /^[A-Z_][A-Z0-9_]*$/.test(name) ? [name] : [];
}

function debugOnly(root: Node, e: Effect): boolean {
  if (e.kind !== 'text' && e.kind !== 'value') return false;
  const path = pathTo(root, e.node);
  for (let j = path.length - 2; j >= 0; j--) {
    const n = path[j];
    const below = path[j + 1];
    // (A function's branch is its own: a switch read outside it may not hold when it runs.)
    if (isFunction(n)) return false;
    if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && n.consequent === below && debugSwitchOn(n.test)) return true;
    if (n.type === 'LogicalExpression' && n.operator === '&&' && n.right === below && debugSwitchOn(n.left)) return true;
  }
  return false;
}

/**
 * Whether a test holds only when a debug or verbose switch is on: the switch itself, read as
 * truthy (`env.APP_DEBUG`, `options.verbose`, `argv.includes("--debug")`, `debug === true`), or one
 * operand of `&&` that is. Not `a || b`, a negation, a comparison with anything but `true`, or
 * a `--no-verbose` flag: those hold when the switch is off too.
 */
function debugSwitchOn(test: Node): boolean {
  const t = unwrap(test);
  if (t.type === 'LogicalExpression') return t.operator === '&&' && (debugSwitchOn(t.left) || debugSwitchOn(t.right));
  if (t.type === 'BinaryExpression') return (t.operator === '===' || t.operator === '==') && [t.left, t.right].some((x) => x.type === 'Literal' && x.value === true) && [t.left, t.right].some((x) => debugSwitchOn(x));
  if (t.type === 'Identifier') return DEBUG_SWITCH.test(t.name);
  if (t.type === 'MemberExpression') return DEBUG_SWITCH.test(memberName(t) ?? '');
  if (t.type === 'CallExpression' && t.arguments.length === 1 && unwrap(t.callee).type === 'MemberExpression' && memberName(unwrap(t.callee)) === 'includes') {
    const a = t.arguments[0];
    return a.type === 'Literal' && typeof a.value === 'string' && DEBUG_SWITCH.test(a.value) && !/^-*no-/.test(a.value);
  }
  return false;
}

/**
 * A decision another module made and this one tests (`if (ctx.matched)`, `isRegion() ? a : b`),
 * as that module answered (core/links.ts): reported here, where what it changes is, with the
 * values it compared and where it compared them.
 */
function reportLinkedDecision(ctx: CheckContext, queries: readonly DecisionQuery[], finder: EffectFinder, node: Node, value: LinkValue, given?: Slice): Decision | undefined {
  const l = value.decision!;
  const q = queries.find((x) => x.name === l.query);
  if (!q) return undefined;
  const slice = given ?? finder.slice(node);
  const effects = slice.effects;
  const trace: Step[] = [
    ...l.sources.slice(0, 2).map((note) => ({ role: 'source' as const, node, note })),
    { role: 'condition', node, note: `${l.condition} (${l.where}), taken from there` },
  ];
  const via = effects[0]?.via ?? slice.carriers;
  trace.push(...(via.length > 3 ? [via[0], ...via.slice(-2)] : via));
  for (const e of effects.slice(0, 6)) trace.push({ role: 'effect', node: e.node, note: e.note });
  const markers = markersOf(q, effects);
  const d: Decision = { node, query: q.name, kind: q.decides, values: l.values, senses: l.senses as SenseKind[], trace, ...(markers.length ? { markers } : {}) };
  handOn(ctx, slice, q, l);
  // (Handed on with nothing done here, `tagged(text, label)`: the module it went to says what it changes.)
  if (effects.length || !slice.exits.length) report(ctx, q, node, d, effects, l.decoded, 'medium', ` in ${l.where}`, leavesSlice(slice));
  return d;
}

/** Whether a value's steps took a URL's host, then split it (into labels: `api`, `deepseek`, `com`). */
function labelOfHost(steps: readonly Step[] | undefined): boolean {
  const all = steps ?? [];
  const host = all.findIndex((s) => /\bhost(name)?\b/.test(s.note));
  // (Or cut at a dot: `host.slice(host.lastIndexOf(".") + 1)`, its top-level domain.)
  return host >= 0 && all.slice(host + 1).some((s) => /^split\(\)/.test(s.note) || (/^(slice|substring|substr)\(\)/.test(s.note) && cutAtDot(s.node)));
}

/** `x.slice(x.lastIndexOf(".") + 1)`, `x.substring(0, x.indexOf("."))`: a cut at a dot of the text. */
function cutAtDot(call: Node): boolean {
  let found = false;
  if (call.type !== 'CallExpression') return false;
  for (const a of call.arguments as Node[]) {
    forEachDescendant(a, (n) => {
      if (found || n.type !== 'CallExpression' || unwrap(n.callee).type !== 'MemberExpression') return;
      const m = memberName(unwrap(n.callee));
      const arg = (n.arguments as Node[])[0];
      if ((m === 'lastIndexOf' || m === 'indexOf') && arg?.type === 'Literal' && arg.value === '.') found = true;
    }, 200);
  }
  return found;
}

/** Look-alike texts among a decision's effects (by a locale, look-alike text a function makes is typography: full-width punctuation, curly quotes). */
function markersOf(q: DecisionQuery, effects: Effect[]): NonNullable<Decision['markers']> {
  return q.decides === 'locale' ? [] : effects.flatMap((e) => (e.kind === 'covert-marker' && typeof e.picks?.[0] === 'string' && typeof e.picks[1] === 'string' ? [{ node: e.node, a: e.picks[0], b: e.picks[1], note: e.note, ...(e.inferred ? { inferred: true } : {}), ...(e.made ? { made: true } : {}) }] : []));
}

/** Whether parameter `index` of `fn` is a plain name that the function only ever calls (`compute()`), never reads a field of or passes on. */
function onlyCalled(r: Resolver, fn: { node: Node }, index: number): boolean {
  const p = fn.node.params[index] as Node | undefined;
  const b = p?.type === 'Identifier' && r.index ? r.scopeAt([...pathTo(r.index.root, fn.node), fn.node.body]).lookup(p.name) : undefined;
  if (!b || b.kind !== 'param' || !r.index) return false;
  const refs = referencesOf(b, r.index, 24).filter((x) => x.node !== p);
  return refs.length > 0 && refs.every((x) => {
    const parent = x.path[x.path.length - 2];
    return parent?.type === 'CallExpression' && parent.callee === x.node;
  });
}

/**
 * A decision's outcome handed to another module's function (`tagged(text, label)`): that module
 * follows it from the parameter, to what the function does with it (see finish).
 */
function handOn(ctx: CheckContext, slice: Slice, q: DecisionQuery, l: LinkDecision | undefined): void {
  // Other modules' functions a branch runs text through: what they make of a sample text (effects.ts transformed).
  for (const ref of slice.samples) {
    const to = parseLinkedRef(ref);
    const asks = (ctx.links.out.asks ??= []);
    if (to && asks.length < 32 && !asks.some((a) => a.ref === ref && a.sample)) asks.push({ module: to.module, ref, sample: true });
  }
  if (!l) return;
  const where = (n: Node) => placeIn(ctx, n);
  // Written into an environment variable: the tool's files that read it are told what decided it.
  for (const w of slice.envWritten) {
    const envs = (ctx.links.out.envWrites ??= []);
    if (envs.length < 8 && !envs.some((e) => e.name === w.name && e.decision?.where === l.where)) envs.push({ name: w.name, decision: l, note: `the outcome of a ${q.decides} check (${l.where}), written into process.env.${w.name} (${where(w.node)})` });
  }
  for (const x of slice.exits.slice(0, 8)) {
    const to = parseLinkedRef(x.ref);
    const exits = (ctx.links.out.exits ??= []);
    if (!to || x.arg < 0 || exits.length >= 64 || exits.some((e) => e.decision && e.module === to.module && e.at === x.node.start && e.arg === x.arg && e.decision.where === l.where)) continue;
    exits.push({ ...to, arg: x.arg, ...(x.field ? { field: x.field } : {}), at: x.node.start, kind: l.senses[0] ?? 'env', label: q.name, forDecision: true, decision: l, note: `the outcome of a ${q.decides} check (${l.where}), passed to ${linkPathText(to.path)} (${where(x.node)})` });
  }
}

/**
 * Tests of values another module exports (`if (probe.matched)`, `isRegion() ? … : …`, `a && b`),
 * in a file that imports other modules: asked of the exporting module (core/links.ts); with its
 * answer, the decisions it made that are tested here.
 */
function linkedTests(ctx: CheckContext, queries: readonly DecisionQuery[]): { visitors: Visitors; finish(): { node: Node; value: LinkValue }[] } {
  // What the queries compare: only such values are handed over (a single variable read, `He(env.X)`, is not).
  const kinds = new Set<string>(queries.flatMap((q) => q.sources.map((k) => (k === 'env-names' ? 'env*' : k))));
  // Names imported from the tool's other files, and names made from them (`const c = new Context()`):
  // ES modules import first, so a test's name is known to be one when the test is parsed.
  const names = new Set<string>();
  const tests: { node: Node; scope: Scope }[] = [];
  const made: { node: Node; scope: Scope; untested?: boolean }[] = [];
  const listed: { node: Node; scope: Scope }[] = [];
  const add = (test: Node, scope: Scope) => {
    if (tests.length >= 4000) return;
    let t = test;
    // `!x`, `+x`, `~~x`, `Number(x)`, `Boolean(x)`, `String(x)` (`{ true: a, false: b }[String(x)]`), `(init(), x)`: the same test.
    for (;;) {
      if (t.type === 'UnaryExpression' && (t.operator === '!' || t.operator === '+' || t.operator === '~')) t = t.argument;
      else if (t.type === 'ChainExpression' || t.type === 'ParenthesizedExpression') t = t.expression;
      else if (t.type === 'SequenceExpression') t = t.expressions[t.expressions.length - 1]; // `if (init(), gate)`
      else if (t.type === 'CallExpression' && t.callee.type === 'Identifier' && (t.callee.name === 'Number' || t.callee.name === 'Boolean' || t.callee.name === 'String') && t.arguments.length === 1 && !scope.lookup(t.callee.name)) t = t.arguments[0];
      // `tier === "restricted"`: what another module's check returned, compared with one of its outcomes.
      else if (t.type === 'BinaryExpression' && /^[!=]==?$/.test(t.operator) && (t.right.type === 'Literal' || t.left.type === 'Literal')) t = t.right.type === 'Literal' ? t.left : t.right;
      else break;
    }
    const root = rootName(t) ?? '';
    if (!(t.type === 'MemberExpression' || t.type === 'CallExpression' || t.type === 'Identifier')) return;
    if (names.has(root) || (root === 'require' && !scope.lookup('require'))) tests.push({ node: t, scope });
    // `client.route.family` of a record this file built from another module's result and passed
    // around (`createClient()` → `systemPrompt(client)`): a field path two deep on a local name,
    // kept apart and asked only when its value turns out to be another module's (bounded).
    else if (loose.length < 64 && t.type === 'MemberExpression' && !t.computed && unwrap(t.object).type === 'MemberExpression' && root && root !== 'process') loose.push({ node: t, scope });
    // `resolveRegion().then((info) => info.hold ? …)`: a field of a parameter, asked last, when what
    // the parameter holds is what another module's call gives.
    // (Scopes are looked up once the file is read, a lookup while it is being read would settle them
    // early: every such test is kept, as `tests` keeps them, and bounded once the parameters are picked.)
    else if (paramTests.length < 4000 && t.type === 'MemberExpression' && !t.computed && unwrap(t.object).type === 'Identifier') paramTests.push({ node: t, scope });
  };
  const paramTests: { node: Node; scope: Scope }[] = [];
  const loose: { node: Node; scope: Scope }[] = [];
  /**
   * `edge().pipe(switchMap((e) => e.lane ? …))`: what a pipeline's stage is handed may be another
   * module's value; its callback's tests of its parameter are tests of that value.
   */
  const staged: Node[] = [];
  const handedArgs: { node: Node; scope: Scope }[] = [];
  const stageTests = (pipe: Node) => {
    for (const op of pipe.arguments as Node[]) {
      const cb = operatorCallback(unwrap(op));
      const p = cb && isFunction(cb) ? cb.params[0] : undefined;
      if (!cb || p?.type !== 'Identifier') continue;
      forEachDescendant(cb.body, (n) => {
        if (staged.length >= 64) return false;
        const test = n.type === 'ConditionalExpression' || n.type === 'IfStatement' ? n.test : n.type === 'LogicalExpression' ? n.left : undefined;
        if (test && rootName(unwrap(test)) === p.name) staged.push(unwrap(test));
        return !isFunction(n) || n === cb;
      });
    }
  };
  return {
    visitors: {
      ImportDeclaration(node) {
        const from = String(node.source.value);
        if (from.startsWith('.') || from.startsWith('/')) for (const sp of node.specifiers as Node[]) names.add(sp.local.name);
      },
      VariableDeclarator(node, scope) {
        if ((node.id.type !== 'Identifier' && node.id.type !== 'ObjectPattern' && node.id.type !== 'ArrayPattern') || !node.init) return;
        // `const m_1 = require("./m.js")`: a CommonJS module's import (of another file, if its
        // value says so); `const t = (0, require("./m.js").factory)()`, as a minifier inlines it.
        const from = rootName(node.init) ?? '';
        // (`const store = new exports.SessionStore()`: tsc's output reads a class it re-exports from another file through its own exports.)
        if (!(requireCall(node.init) || names.has(from) || (from === 'require' && !scope.lookup('require')) || (from === 'exports' && node.init.type === 'NewExpression'))) return;
        if (node.id.type === 'Identifier') names.add(node.id.name);
        else if (node.id.type === 'ArrayPattern') {
          // `const [tag, region, preset] = resolveLocale()`: each element of a tuple another file returns.
          for (const e of node.id.elements as (Node | null)[]) {
            const v = e?.type === 'AssignmentPattern' ? e.left : e;
            if (v?.type === 'Identifier') names.add(v.name);
          }
        } else {
          // `const { limited, base } = require("./geo")`: each name destructured from it.
          for (const p of node.id.properties as Node[]) {
            const v = p.type === 'Property' ? (p.value.type === 'AssignmentPattern' ? p.value.left : p.value) : undefined;
            if (v?.type === 'Identifier') names.add(v.name);
          }
        }
      },
      IfStatement(node, scope) {
        add(node.test, scope);
      },
      // `MARKS[+check()]`: a table indexed by the test; `switch (check())`.
      // (Only an index that is a call or a conversion: `o[KEY]` of an imported key is no test.)
      MemberExpression(node, scope) {
        const p = node.property;
        if (node.computed && (p.type === 'CallExpression' || (p.type === 'UnaryExpression' && (p.operator === '+' || p.operator === '!' || p.operator === '~')))) add(p, scope);
      },
      SwitchStatement(node, scope) {
        add(node.discriminant, scope);
      },
      ConditionalExpression(node, scope) {
        add(node.test, scope);
      },
      LogicalExpression(node, scope) {
        add(node.left, scope);
      },
      // `new PromptFilter({ zone })` of a class another file exports: a sensed value handed to its
      // constructor is compared there, whether or not anything here tests the instance.
      NewExpression(node, scope) {
        if (made.length < 64 && (node.arguments as Node[]).length && names.has(rootName(node.callee) ?? '')) made.push({ node, scope });
      },
      // `unavailableIn(["Asia/Shanghai", …])`, `(0, decorators_1.unavailableIn)([…])`: a list written
      // out, handed to another file's function, which may compare what it senses with it.
      CallExpression(node, scope) {
        if (isOperatorPipe(node)) stageTests(node);
        // `tagged(text, label)`, `bodyReplacer(ep.relayed)` with label or ep another module's value
        // (`const ep = resolveEndpoint()`): a decision it is goes on into that function. (Asked
        // after the tests, as far as the bound on questions leaves room.)
        if (handedArgs.length < 64) {
          for (const a of node.arguments as Node[]) {
            const x = unwrap(a);
            // (Also a call of another module's function written in place: `spaced(text, keyProfile())`.)
            const root = x.type === 'Identifier' ? x.name : (x.type === 'MemberExpression' && !x.computed) || (x.type === 'CallExpression' && x.arguments.length <= 2) ? rootName(x) : undefined;
            if (root && names.has(root) && !requireCall(x)) handedArgs.push({ node: x, scope });
          }
        }
        if (listed.length < 32 && (node.arguments as Node[]).some(literalList) && names.has(rootName(unwrap(node.callee)) ?? '')) listed.push({ node, scope });
        // `startChat({ ...defaults, locale })`, `await run(ctx)`: a call of another file's function whose
        // result is not tested here still takes what it is handed there, where it may be compared.
        // (Only calls written with a name or a record: literal arguments are handed by handLists.)
        else if (made.length < 64 && names.has(rootName(unwrap(node.callee)) ?? '') && (node.arguments as Node[]).some((a) => a.type === 'Identifier' || a.type === 'ObjectExpression' || a.type === 'MemberExpression')) made.push({ node, scope, untested: true });
      },
    },
    finish() {
      const out: { node: Node; value: LinkValue }[] = [];
      if (!tests.length && !made.length && !listed.length && !staged.length && !handedArgs.length && !(names.size && (loose.length || paramTests.length))) return out;
      const r = ctx.resolver();
      for (const node of staged) tests.push({ node, scope: r.scopeAt(pathTo(ctx.root(), node)) });
      tests.push(...handedArgs);
      // (A call whose result is not tested here asks other modules about what it hands on a few times
      // per file at most: each question is another round of analysis in that module.)
      const budget = { asks: 8 };
      for (const m of made) if (r.valueOf(m.node.callee, m.scope).ref?.startsWith('module:')) handOver(ctx, r, m.node, m.scope, kinds, m.untested ? budget : undefined);
      for (const l of listed) handLists(ctx, r, l.node, l.scope);
      const answered = new Map((ctx.links.inputs?.values ?? []).filter((v) => v.decision).map((v) => [v.ref, v]));
      const asked = new Set<string>();
      /** A test of another module's value: its answer when that module gave one, else the question (eight per file at most). */
      const answerOrAsk = (node: Node, ref: string) => {
        const hit = answered.get(ref);
        if (hit) out.push({ node, value: hit });
        else if (!asked.has(ref) && asked.size < 8) {
          const to = parseLinkedRef(ref);
          if (!to) return;
          asked.add(ref);
          (ctx.links.out.asks ??= []).push({ module: to.module, ref, tested: true });
        }
      };
      const handed = new Set<Binding>();
      const isLoose = new Set<Node>();
      if (names.size) for (const l of loose) if (l.scope.lookup(rootName(l.node) ?? '') && !tests.some((x) => x.node === l.node)) { tests.push(l); isLoose.add(l.node); }
      for (const { node, scope } of tests) {
        // Cheap first: the name it starts from is imported, or made once from an import (`const c = new Context()`).
        const b = scope.lookup(rootName(node) ?? '');
        if (!b) {
          // `(0, require("./m.js").check)(…)`, as a minifier inlines a CommonJS import.
          if (rootName(node) !== 'require') continue;
        } else if (isLoose.has(node)) {
          // (Its value says whether it is another module's.)
        } else if (b.kind === 'param' && b.paramIndex === 0 && b.fn) {
          // (A stage's parameter, from stageTests: its value says whether it is another module's.)
        } else if (!importBinding(b)) {
          const from = b.init && !b.assignments ? rootName(b.init) : undefined;
          const fb = from ? b.scope.lookup(from) : undefined;
          if (fb ? !importBinding(fb) : from !== 'require') continue;
        }
        const v = r.valueOf(node, scope);
        if (!v.ref?.startsWith('module:') || v.konst || v.sensed?.length) continue;
        // A sensed value handed to the other module's function (`check(locale)`): it goes there first.
        if (node.type === 'CallExpression') handOver(ctx, r, node, scope, kinds);
        // Calls and constructions it is made from (`new Gate({ context }).check()`): what they are handed goes there too.
        for (let x: Node | undefined = node, k = 0; x && k < 4; k++) {
          x = x.type === 'CallExpression' ? x.callee : x.type === 'MemberExpression' ? x.object : x.type === 'ChainExpression' || x.type === 'ParenthesizedExpression' ? x.expression : undefined;
          if (x && (x.type === 'CallExpression' || x.type === 'NewExpression')) handOver(ctx, r, x, scope, kinds);
        }
        // What the tested name was made with (`gate = new Policy({ context })`, `t = check(locale)`).
        if (b && b.kind !== 'import' && !requireCall(b.init ?? b.node) && (b.init?.type === 'CallExpression' || b.init?.type === 'NewExpression') && !b.assignments) {
          handOver(ctx, r, b.init, b.scope, kinds);
          // What is then written into it (`prefs.value = locale`): a setter of the other module's class takes it.
          if (b.init.type === 'NewExpression' && !handed.has(b)) {
            handed.add(b);
            handSetters(ctx, r, b, kinds);
          }
        }
        answerOrAsk(node, v.ref);
      }
      // (After the others, within what is left of the same budget of questions.)
      if (names.size) {
        const tested = new Set(tests.map((x) => x.node));
        let looked = 0;
        for (const { node, scope } of paramTests) {
          if (tested.has(node) || scope.lookup(rootName(node) ?? '')?.kind !== 'param') continue;
          if (++looked > 64) break;
          const v = r.valueOf(node, scope);
          if (v.ref?.startsWith('module:') && v.ref.includes('()') && !v.konst && !v.sensed?.length) answerOrAsk(node, v.ref);
        }
      }
      return out;
    },
  };
}

/** Sensed arguments of a call of another module's export, for the scan to follow into it (core/links.ts). */
function handOver(ctx: CheckContext, r: Resolver, call: Node, scope: Scope, kinds: ReadonlySet<string>, budget?: { asks: number }): void {
  // (`check.call(t, v)`, `check.apply(t, [v])`, `Reflect.apply(check, t, [v])`: a call of check with v.)
  const { callee: target, args } = r.directCall(call, scope);
  const ref = r.calleeValue(target, scope).ref ?? '';
  const to = parseLinkedRef(call.type === 'NewExpression' ? `new ${ref}` : ref);
  if (!to) return;
  let consts: { arg: number; value: LinkConst }[] | undefined;
  /** The call's constant arguments, which go with a sensed one: the other side compares it with them. */
  const constArgs = () => {
    if (consts) return consts;
    consts = [];
    const budget = { left: 4000 };
    args.slice(0, 8).forEach((arg, i) => {
      if (arg.type === 'SpreadElement' || arg.type === 'ObjectExpression' || isFunction(arg)) return;
      const c = r.constant(arg, scope);
      const value = c && toLinkConst(c.v, 0, budget);
      if (value !== undefined && value !== null) consts!.push({ arg: i, value });
    });
    return consts;
  };
  const give = (i: number, field: string | undefined, node: Node, at: Scope = scope) => giveExit(ctx, r, to, call, at, kinds, i, field, node, constArgs, budget);
  // `check({ value: locale, strict: true })`, `new Policy({ context: { value: tz } })`: the field that holds it.
  const fields = (i: number, obj: Node, prefix: string, depth: number, at: Scope = scope) => {
    for (const p of (obj.properties as Node[]).slice(0, 16)) {
      const key = p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined;
      if (key === undefined) continue;
      if (p.value.type === 'ObjectExpression' && depth < 2) fields(i, p.value, `${prefix}${key}.`, depth + 1, at);
      else give(i, `${prefix}${key}`, p.value, at);
    }
  };
  args.slice(0, 4).forEach((arg, i) => {
    if (arg.type === 'SpreadElement') return;
    if (arg.type === 'ObjectExpression') return fields(i, arg, '', 0);
    // (A name for a record written out here, `const info = { machineName: hostname(), dir }`: each field as its own.)
    const o = arg.type === 'Identifier' ? r.valueOf(arg, scope).obj : undefined;
    if (o?.node.type === 'ObjectExpression') fields(i, o.node, '', 0, o.scope ?? scope);
    else give(i, undefined, arg);
  });
}

/** An array written out of two or more literals (`["CN", "HK"]`, `[-480, -540]`). */
function literalList(n: Node): boolean {
  return n.type === 'ArrayExpression' && n.elements.length >= 2 && n.elements.length <= 512 && (n.elements as (Node | null)[]).every((e) => e?.type === 'Literal' && (typeof e.value === 'string' || typeof e.value === 'number'));
}

/**
 * Lists written out and handed to another module's function (`unavailableIn(["Asia/Shanghai", …])`):
 * that function's parameter holds them there, where it may be compared with what it senses. No
 * value is sensed here: the exit carries the constants only.
 */
function handLists(ctx: CheckContext, r: Resolver, call: Node, scope: Scope): void {
  const { callee: target, args } = r.directCall(call, scope);
  const ref = r.calleeValue(target, scope).ref ?? '';
  const to = ref.startsWith('module:') && !ref.endsWith(')') ? parseLinkedRef(ref) : undefined;
  if (!to) return;
  const exits = (ctx.links.out.exits ??= []);
  args.slice(0, 4).forEach((arg, i) => {
    if (!literalList(arg) || exits.length >= 64 || exits.some((e) => e.at === call.start && e.arg === i)) return;
    const value = toLinkConst(r.constant(arg, scope)?.v, 0, { left: 4000 });
    if (value === undefined || value === null) return;
    const where = `${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(arg.start).line}`;
    exits.push({ ...to, arg: i, at: call.start, kind: 'const', label: 'a list', constsOnly: true, forDecision: true, consts: [{ arg: i, value }], note: `a list written out (${where}), passed to ${linkPathText(to.path)}` });
  });
}

/** A sensed value `node` (argument `i`, in `field` of it) handed to another module's export at `call`: an exit for the scan to follow. */
function giveExit(ctx: CheckContext, r: Resolver, to: { module: string; path: string[] }, call: Node, scope: Scope, kinds: ReadonlySet<string>, i: number, field: string | undefined, node: Node, constArgs: () => { arg: number; value: LinkConst }[], budget?: { asks: number }): void {
  const v = r.valueOf(node, scope);
  // `matchesAny(firstDefined(…), …)`: an argument that is itself another module's result is asked for, to be handed over once known.
  const from = v.ref?.startsWith('module:') && !v.konst && !isSensed(v) && (!budget || budget.asks > 0) ? parseLinkedRef(v.ref) : undefined;
  if (from && (ctx.links.out.asks ??= []).length < 32 && !ctx.links.out.asks.some((a) => a.ref === v.ref)) {
    ctx.links.out.asks.push({ module: from.module, ref: v.ref! });
    if (budget) budget.asks--;
  }
  const source = v.steps?.find((s) => s.role === 'source');
  const exits = (ctx.links.out.exits ??= []);
  const where = () => `${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position((source?.node ?? node).start).line}`;
  const passed = `passed to ${linkPathText(to.path)}`;
  // `check(process.env)`, `evaluate({ value: process.env })`: the environment itself, whose
  // variables the other side looks up (`NAMES.find((k) => env[k])`).
  if (v.ref === 'process.env' && !isSensed(v) && (kinds.has('env') || kinds.has('env*'))) {
    if (exits.length < 64 && !exits.some((e) => e.at === call.start && e.arg === i && e.field === field && e.envObject)) {
      exits.push({ ...to, arg: i, ...(field !== undefined ? { field } : {}), at: call.start, kind: 'env', label: 'env (all names)', envName: '*', envObject: true, forDecision: true, note: `the environment (process.env, ${where()}), ${passed}` });
    }
    return;
  }
  for (const s of (v.sensed ?? []).filter((x) => !x.weak && kinds.has(x.kind === 'env' && x.envName === '*' ? 'env*' : x.kind)).slice(0, 2)) {
    if (exits.length >= 64 || exits.some((e) => e.at === call.start && e.arg === i && e.field === field && e.kind === s.kind && e.label === s.label)) continue;
    const others = constArgs().filter((c) => c.arg !== i);
    exits.push({ ...to, arg: i, ...(field !== undefined ? { field } : {}), at: call.start, kind: s.kind, label: s.label, ...(s.envName ? { envName: s.envName } : {}), forDecision: true, ...(others.length ? { consts: others } : {}), note: `${source?.note ?? `reads ${s.label}`} (${where()}), ${passed}` });
  }
}

/**
 * `prefs.value = os.hostname()` on an instance of another module's class (`prefs = new Store()`)
 * whose test is made there (`prefs.matched`): a setter of that class takes the value.
 */
function handSetters(ctx: CheckContext, r: Resolver, b: Binding, kinds: ReadonlySet<string>): void {
  const ref = r.valueOf(b.init!, b.scope).ref;
  if (!ref?.startsWith('module:') || !ref.endsWith('()')) return;
  let n = 0;
  let looked = 0;
  // (Every write of a member of that name in the file, this variable's by scope: a minified name has many.)
  for (const site of r.facts.propertyDefinitions?.(b.name) ?? []) {
    if (++looked > 256) break;
    const asg = site.node;
    if (asg.type !== 'AssignmentExpression' || asg.operator !== '=' || asg.left.type !== 'MemberExpression' || site.scope.lookup(b.name) !== b) continue;
    const step = setStep(r.nameOf(asg.left, site.scope) ?? '');
    const to = step ? parseLinkedRef(`${ref}.${step}`) : undefined;
    if (to) giveExit(ctx, r, to, asg, site.scope, kinds, 0, undefined, asg.right, () => []);
    if (++n >= 16) break;
  }
}

/** Two sets of visitors as one (a node type both visit runs both). */
function both(a: Visitors, b: Visitors): Visitors {
  const out: Visitors = { ...a };
  for (const [type, f] of Object.entries(b)) {
    const g = out[type];
    out[type] = g && f ? (node, scope) => (g(node, scope), f(node, scope)) : f ?? g;
  }
  return out;
}

/** `Reflect.apply` (a call through it calls its first argument). */
function isReflectApply(callee: Node): boolean {
  const c = unwrap(callee);
  // (A computed name may be `apply` behind a string decoder: the resolver tells, in handOver.)
  return c.type === 'MemberExpression' && (c.computed || memberName(c) === 'apply') && unwrap(c.object).type === 'Identifier' && unwrap(c.object).name === 'Reflect';
}

/** The name an expression starts from: `a` in `a.b.c`, `a().b`, `new a()`, `Reflect.apply(a, …)`. */
function rootName(n: Node): string | undefined {
  let cur = n;
  for (let i = 0; i < 16; i++) {
    if (cur.type === 'Identifier') return cur.name;
    if (cur.type === 'MemberExpression') cur = cur.object;
    else if (cur.type === 'CallExpression' && cur.arguments[0] && isReflectApply(cur.callee)) cur = cur.arguments[0];
    else if (cur.type === 'CallExpression' || cur.type === 'NewExpression') cur = cur.callee;
    else if (cur.type === 'ChainExpression' || cur.type === 'ParenthesizedExpression' || cur.type === 'AwaitExpression') cur = cur.type === 'AwaitExpression' ? cur.argument : cur.expression;
    else if (cur.type === 'SequenceExpression') cur = cur.expressions[cur.expressions.length - 1]; // `(0, m_1.check)(…)`
    else return undefined;
  }
  return undefined;
}

/** Labels of host names that name no one (`api.deepseek.com`'s `api`). */
const GENERIC_LABELS = new Set(['api', 'www', 'open', 'com', 'net', 'org', 'cn', 'ai', 'io', 'app', 'dev', 'cloud', 'services', 'us', 'intl', 'global', 'v1', 'gateway']);

/** A returned text that is the name of one of the compared vendors (`"deepseek"` for `deepseek.com`, `"x_ai"` for `x.ai`). */
function namesComparedVendor(e: Effect, values: readonly string[]): boolean {
  // (A setting's picks are the field it sets, `model`, whatever the hosts are: `bigmodel.cn` names no setting.)
  if (e.kind !== 'value' || !e.picks || e.setting) return false;
  // Each part of the name (`x_ai`, `azure.ai.openai`, `dashscope`) is a label of a compared host, and together they name a vendor (`api` alone does not; `deepseek-lite` is a tier, not a name).
  const labels = new Set(values.flatMap((v) => v.toLowerCase().split('.')));
  const label = (x: string) => labels.has(x) || (x.length >= 4 && [...labels].some((l) => l.length > x.length && (l.startsWith(x) || l.endsWith(x))));
  return e.picks.every((p) => {
    if (typeof p !== 'string' || p.length > 40) return false;
    const parts = p.toLowerCase().split(/[._-]/).filter(Boolean);
    return parts.length > 0 && parts.every(label) && !parts.every((x) => GENERIC_LABELS.has(x));
  });
}

/** A pick that is not a translation: numbers, or two texts in the same script. */
function notTranslation(e: Effect): boolean {
  if (!e.picks || (e.kind !== 'value' && e.kind !== 'text')) return false;
  if (e.setting) return true; // the model or a limit set on one side: no translation
  const [a, b] = e.picks;
  if (a === b) return false; // the same on both sides: nothing picked
  if (typeof a === 'number') return true; // a count, a quota, a temperature: no translation
  if (typeof a === 'string' && typeof b === 'string') return a !== b && a.length >= 8 && b.length >= 8 && script(a) === script(b) && !(formatPattern(a) && formatPattern(b));
  return false;
}

/** A date, time or number format (`MM/DD/YYYY`, `dd.MM.yyyy HH:mm`, `%d/%m/%Y`, `#,##0.00`): how a place writes them, a convention. */
function formatPattern(s: string): boolean {
  return /^(?:[YyMDdHhmsSaAEZQWwGuL]+|%[a-zA-Z]|[\s/.,:'\u2019T#0-])+$/.test(s) && /[YyMDdHhm%#]/.test(s);
}

/**
 * Whether a decision changes more than which translation is shown. A pick of two numbers that are
 * positions in a list the value then indexes (`style = cjk ? 1 : 0` … `SEP[style]`) is an index,
 * not a count or a quota: what it picks is the list's entries at those positions, judged as texts.
 */
function nonTranslationIn(effects: Effect[], values: readonly (string | number)[] = []): boolean {
  const lists = effects.flatMap((e) => (e.entries ? [e.entries] : []));
  return effects.some((e) => {
    if (e.added && typeof e.picks?.[0] === 'string' && foreignToPlaces(e.picks[0], values)) return true;
    if (e.narrowed && countriesIn(values)) return true;
    if (!notTranslation(e)) return false;
    const [a, b] = e.picks!;
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) return true;
    const indexed = lists.filter((l) => a < l.length && b < l.length);
    return !indexed.length || indexed.some((l) => notTranslation({ ...e, picks: [l[a], l[b]] }));
  });
}

/** Countries whose people mostly write in a script other than Latin (the rest write in Latin letters). */
const COUNTRY_SCRIPTS: Record<string, string> = {
  CN: 'han', TW: 'han', HK: 'han', MO: 'han', JP: 'kana', KR: 'hangul', KP: 'hangul',
  RU: 'cyrillic', BY: 'cyrillic', UA: 'cyrillic', KZ: 'cyrillic', KG: 'cyrillic', TJ: 'cyrillic', BG: 'cyrillic', RS: 'cyrillic', MK: 'cyrillic', MN: 'cyrillic',
  IR: 'arabic', AF: 'arabic', PK: 'arabic', SA: 'arabic', AE: 'arabic', EG: 'arabic', IQ: 'arabic', SY: 'arabic', JO: 'arabic', LB: 'arabic', KW: 'arabic', QA: 'arabic', BH: 'arabic', OM: 'arabic', YE: 'arabic', LY: 'arabic', SD: 'arabic', PS: 'arabic',
  IL: 'other', TH: 'other', GR: 'other', IN: 'other', GE: 'other', AM: 'other', ET: 'other', MM: 'other', KH: 'other', LA: 'other', LK: 'other', NP: 'other', BD: 'other',
};

/** The countries a list names (`CN`, `RU`), when it is mostly a list of them, at least two. */
function countriesIn(values: readonly (string | number)[]): string[] | undefined {
  const places = values.filter((v): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v));
  return places.length >= 2 && places.length >= values.length / 2 ? places : undefined;
}

/** Text about language or writing (`"Respond in Simplified Chinese."`): language handling, in whatever script. */
const SPEAKS_OF_LANGUAGE = /\b(?:languages?|chinese|mandarin|cantonese|japanese|korean|russian|ukrainian|arabic|persian|farsi|hebrew|hindi|thai|greek|simplified|traditional|full-width|half-width|punctuation|hanzi|kanji|hangul|cyrillic|pinyin|romaji|transliterat\w*|translat\w*|locali[sz]\w*|right-to-left|rtl)\b/i;

/**
 * Whether a text added for some places (`"Outline only, keep code short."` for CN, RU, IR …) is
 * written in a script that fewer than half of them write: no translation for them, which would
 * be in their own script. Only for lists of countries (a language's users are told things in
 * other languages too: a note that a translation is machine-made), at least two of them.
 */
function foreignToPlaces(text: string, values: readonly (string | number)[]): boolean {
  const places = countriesIn(values);
  if (!places) return false;
  const own = script(text);
  if (!own || SPEAKS_OF_LANGUAGE.test(text)) return false;
  const same = places.filter((c) => (COUNTRY_SCRIPTS[c] ?? 'latin') === own || (own === 'han' && COUNTRY_SCRIPTS[c] === 'kana')).length;
  return same * 2 < places.length;
}

/** The writing system a text is mostly in: Latin, Han, Cyrillic, … (by Unicode block of its letters). */
function script(s: string): string {
  const counts = new Map<string, number>();
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const k = c < 0x250 ? (/[A-Za-z\u00c0-\u024f]/.test(ch) ? 'latin' : '') : c >= 0x400 && c < 0x530 ? 'cyrillic' : c >= 0x3040 && c < 0x3100 ? 'kana' : c >= 0x4e00 && c < 0xa000 ? 'han' : c >= 0xac00 && c < 0xd7b0 ? 'hangul' : c >= 0x600 && c < 0x700 ? 'arabic' : 'other';
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
}

function describeValues(values: string[]): string {
  const p = profileValues(values.map((v) => (/^-?\d+$/.test(v) ? Number(v) : v)));
  const parts: string[] = [];
  if (p.timezones.length) parts.push(`time zones ${p.timezones.slice(0, 3).join(', ')}${p.timezones.length > 3 ? '…' : ''}`);
  if (p.offsets.length) parts.push(`UTC offsets ${p.offsets.slice(0, 3).join(', ')}`);
  if (p.vendors.size) parts.push(`vendors ${[...p.vendors.keys()].slice(0, 5).join(', ')}${p.vendors.size > 5 ? '…' : ''}`);
  if (p.countries.length || p.locales.length) parts.push(`regions ${[...p.countries, ...p.locales].slice(0, 4).join(', ')}`);
  if (p.cloudRegions.length) parts.push(`cloud regions ${p.cloudRegions.slice(0, 4).join(', ')}${p.cloudRegions.length > 4 ? '…' : ''}`);
  return parts.join(' and ') || `${values.length} values`;
}
