import { checklistVerdict, evaluateChecklist } from '../review/checklist/evaluate';
import type { VendorDisclosure } from '../review/checklist/types';
import type { Report, ToolIdentity } from '../model';
import { ruleMeta } from '../rules/meta';
import { printable } from '../text';
import { CANDOR_VERSION } from '../version';

export interface CycloneDxOptions {
  specVersion?: '1.5' | '1.6';
  /** `urn:uuid:…`; default a random one (a BOM's serial number is unique per document). */
  serialNumber?: string;
  /** ISO time; default the reports' generator time, else now. */
  timestamp?: string;
  disclosures?: Record<string, VendorDisclosure>;
}

type Json = Record<string, unknown>;

/** CycloneDX JSON inventory of the scanned tools, with Candor's verdict as component properties. */
export function toCycloneDx(reports: Report[], options: CycloneDxOptions = {}): Json {
  const specVersion = options.specVersion ?? '1.6';
  const serialNumber = options.serialNumber ?? `urn:uuid:${randomUuid()}`;
  const timestamp = options.timestamp ?? reports.find((r) => r.generator)?.generator?.time ?? new Date().toISOString();
  const components: Json[] = [];
  const refs = new Set<string>();
  for (const report of reports) {
    const t = report.tool;
    const name = t ? componentName(t) : baseName(report.artifacts[0]?.path ?? 'scan');
    const disclosure = t ? options.disclosures?.[t.catalogId ?? t.id] ?? options.disclosures?.[t.id] : undefined;
    const items = evaluateChecklist(report, disclosure);
    const purl = t ? purlOf(t) : undefined;
    let ref = purl ?? `candor:${t?.id ?? name}${t?.version ? '@' + t.version : ''}`;
    for (let i = 2; refs.has(ref); i++) ref = `${purl ?? name}#${i}`;
    refs.add(ref);
    const alerts = report.findings.filter((f) => ruleMeta(f.ruleId)?.alert);
    const props: [string, string][] = [
      ['candor:verdict', checklistVerdict(items)],
      ['candor:alerts', String(alerts.length)],
      ['candor:findings', String(report.findings.length)],
      ...(t ? ([['candor:kind', t.kind], ['candor:foundBy', printable(t.foundBy, 300)], ['candor:installPath', printable(t.installPath, 300)]] as [string, string][]) : []),
      ...items.map((i) => [`candor:checklist:${i.id}`, i.state] as [string, string]),
      ...report.artifacts.map((a) => ['candor:artifact', `${a.kind}:${a.analysis ?? 'full'}:${printable(a.path, 300)}`] as [string, string]),
    ];
    const hashes = t?.contentHash && /^[0-9a-f]{64}$/i.test(t.contentHash) ? [{ alg: 'SHA-256', content: t.contentHash.toLowerCase() }] : undefined;
    const publisher = t?.publisher ?? t?.vendor;
    components.push({
      type: 'application',
      'bom-ref': ref,
      name: printable(name, 200),
      ...(t?.version ? { version: printable(t.version, 100) } : {}),
      ...(publisher ? { publisher: printable(publisher, 200) } : {}),
      ...(t && t.name !== name ? { description: printable(t.name, 200) } : {}),
      ...(purl ? { purl } : {}),
      ...(hashes ? { hashes } : {}),
      ...(disclosure?.license ? { licenses: [{ license: /^[A-Za-z0-9.+-]+$/.test(disclosure.license) && !/\s/.test(disclosure.license) ? { id: disclosure.license } : { name: disclosure.license } }] } : {}),
      ...(disclosure?.repository ? { externalReferences: [{ type: 'vcs', url: disclosure.repository }] } : {}),
      properties: props.map(([name, value]) => ({ name, value })),
    });
  }
  return {
    $schema: `http://cyclonedx.org/schema/bom-${specVersion}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber,
    version: 1,
    metadata: {
      timestamp,
      tools: { components: [{ type: 'application', name: 'candor', version: CANDOR_VERSION }] },
    },
    components,
  };
}

/** The package name a purl carries: `name` of `publisher.name` for extensions, the npm name for CLIs. */
function componentName(t: ToolIdentity): string {
  const npm = npmNameOf(t);
  if (npm) return npm;
  if (t.kind === 'extension' && t.id.includes('.')) return t.id.slice(t.id.indexOf('.') + 1);
  return t.id || t.name;
}

function baseName(p: string): string {
  return p.replace(/[\\/]+$/, '').split(/[\\/]/).pop() || p;
}

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** The npm package a CLI was installed from: the last `node_modules/<name>` in its path, or an npm-shaped scoped id. */
export function npmNameOf(t: ToolIdentity): string | undefined {
  if (t.kind === 'extension') return undefined;
  const p = t.installPath.replace(/\\/g, '/');
  const matches = [...p.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  const last = matches.at(-1)?.[1];
  if (last && NPM_NAME.test(last)) return last;
  // A package folder scanned by path: its id is the manifest's npm name.
  if ((t.id.startsWith('@') || t.kind === 'cli') && NPM_NAME.test(t.id)) return t.id;
  return undefined;
}

/** purl-spec percent-encoding: everything but unreserved characters. */
function pct(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * `pkg:vscode-extension/<publisher>/<name>@<version>` for extensions, `pkg:npm/<%40scope>/<name>@<version>`
 * for npm CLIs; undefined when neither applies (a native binary of unknown origin).
 */
export function purlOf(t: ToolIdentity): string | undefined {
  const ver = t.version ? '@' + pct(t.version) : '';
  if (t.kind === 'extension') {
    const dot = t.id.indexOf('.');
    const publisher = dot > 0 ? t.id.slice(0, dot) : t.publisher;
    const name = dot > 0 ? t.id.slice(dot + 1) : t.id;
    if (!publisher || !name) return undefined;
    return `pkg:vscode-extension/${pct(publisher.toLowerCase())}/${pct(name.toLowerCase())}${ver}`;
  }
  const npm = npmNameOf(t);
  if (!npm) return undefined;
  if (npm.startsWith('@')) {
    const [scope, name] = npm.split('/');
    return `pkg:npm/${pct(scope)}/${pct(name)}${ver}`;
  }
  return `pkg:npm/${pct(npm)}${ver}`;
}

function randomUuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
