import type { ModuleLinks } from './links';
/**
 * Candor's finding model: the one shape every rule reports in, every report format reads and
 * every view renders. Pure data (JSON-serialisable) so it crosses worker threads and files as is.
 */

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What a rule is about; drives grouping in the tree, the checklist and policy files. */
export type Category =
  | 'environment' // env vars read
  | 'locale' // time zone, locale, language
  | 'host-identity' // hostname, user, network interfaces, OS, CPUs
  | 'machine-id' // machine identifiers
  | 'endpoint' // proxy and API base-URL configuration
  | 'git-identity'
  | 'sensitive-file'
  | 'command' // child_process
  | 'obfuscation' // encoded / hidden strings
  | 'gating' // sensed value compared with regions / vendors / organisations
  | 'covert-marker' // look-alike / invisible characters chosen by a branch
  | 'network' // requests and what they carry
  | 'kill-switch' // exit / throw / refusal on a sensed condition
  | 'file-write'
  | 'limited-analysis'; // native code, strings-level inventory only

export type TraceRole = 'source' | 'transform' | 'condition' | 'effect' | 'note';

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

/** `line` and `column` are 1-based (column counts UTF-16 code units, as editors do). */
export interface Location {
  path: string;
  line: number;
  column: number;
  offset: number;
  endOffset: number;
}

export interface TraceStep {
  role: TraceRole;
  location: Location;
  note: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  message: string;
  location: Location;
  /** Compared and decoded literals, sensed names: the evidence a person reads first. */
  values: string[];
  trace: TraceStep[];
  /** Stable across re-minification of unchanged code: built from rule, kinds and values, never offsets or identifiers. */
  fingerprint: string;
  /** Optional structured extras (e.g. decoded strings with their encodings). */
  details?: Record<string, unknown>;
}

export type EnvGroup =
  | 'proxy'
  | 'endpoint'
  | 'credentials'
  | 'ci'
  | 'terminal'
  | 'locale'
  | 'telemetry'
  | 'identity'
  | 'system'
  | 'tool'
  | 'other';

/** What one file (or one artifact, merged) can do, independent of whether it is suspicious. */
export interface Inventory {
  /** env var name → group; `*` means the whole environment was enumerated or serialised. */
  envVars: Record<string, EnvGroup>;
  /** Where each variable is first read (absent for names found only as strings in native code). */
  envReadAt?: Record<string, Location>;
  /** Hosts found in URL literals and request calls. */
  hosts: string[];
  /** Full URLs found in request calls, when literal. */
  urls: string[];
  timeZone: boolean;
  locale: boolean;
  /** e.g. "os.hostname", "os.userInfo", "os.networkInterfaces", "vscode.env.machineId". */
  hostIdentity: string[];
  machineIds: string[];
  /** Commands run through child_process, as written (first word or literal). */
  commands: string[];
  /** Sensitive paths read, as written. */
  sensitiveFiles: string[];
  /** Network APIs used: fetch, http.request, WebSocket, … */
  network: string[];
  /** Count of statically decoded strings. */
  decodedStrings: number;
}

export function emptyInventory(): Inventory {
  return {
    envVars: {},
    hosts: [],
    urls: [],
    timeZone: false,
    locale: false,
    hostIdentity: [],
    machineIds: [],
    commands: [],
    sensitiveFiles: [],
    network: [],
    decodedStrings: 0,
  };
}

/** Sets a key as an own property, also `__proto__` (a name a scanned tool chose). */
export function setOwn<T>(o: Record<string, T>, k: string, v: T): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

export function mergeInventory(into: Inventory, from: Inventory): Inventory {
  Object.assign(into.envVars, from.envVars);
  if (from.envReadAt) {
    into.envReadAt ??= {};
    for (const [k, at] of Object.entries(from.envReadAt)) if (!Object.hasOwn(into.envReadAt, k)) setOwn(into.envReadAt, k, at);
  }
  const union = (a: string[], b: string[]) => {
    const set = new Set(a);
    for (const x of b) set.add(x);
    return [...set].sort();
  };
  into.hosts = union(into.hosts, from.hosts);
  into.urls = union(into.urls, from.urls);
  into.timeZone ||= from.timeZone;
  into.locale ||= from.locale;
  into.hostIdentity = union(into.hostIdentity, from.hostIdentity);
  into.machineIds = union(into.machineIds, from.machineIds);
  into.commands = union(into.commands, from.commands);
  into.sensitiveFiles = union(into.sensitiveFiles, from.sensitiveFiles);
  into.network = union(into.network, from.network);
  into.decodedStrings += from.decodedStrings;
  return into;
}

export type ErrorKind = 'read' | 'parse' | 'stack' | 'limit' | 'container' | 'unsupported' | 'internal';

/** An input that could not be (fully) analysed. It never aborts the rest of a scan. */
export interface ScanError {
  path: string;
  kind: ErrorKind;
  reason: string;
}

export type ArtifactKind = 'js' | 'folder' | 'package' | 'vsix' | 'bun' | 'sea' | 'native' | 'extension';

/** A thing on disk Candor opened: a file, a package, an archive or an executable. */
export interface Artifact {
  path: string;
  kind: ArtifactKind;
  size?: number;
  sha256?: string;
  /** Human note: "Bun 1.3 module graph, 14 modules", "stripped: no module graph", … */
  note?: string;
  /** How much of it could be read as JavaScript. */
  analysis?: 'full' | 'partial' | 'limited' | 'none';
}

/** One unit of JavaScript handed to the analyser. */
export interface SourceFile {
  /** What a person follows back: a real path, or `container!/inner/path` for embedded sources. */
  path: string;
  text: string;
  /** The artifact it came from (its `path`). */
  artifact: string;
  sha256?: string;
}

export type ToolKind = 'extension' | 'cli' | 'unknown';

export interface ToolIdentity {
  id: string;
  name: string;
  version?: string;
  vendor?: string;
  publisher?: string;
  kind: ToolKind;
  installPath: string;
  /** "vscode.extensions", "extensions-dir:~/.vscode/extensions", "PATH:/usr/local/bin/claude → …", … */
  foundBy: string;
  /** Catalog entry id when the tool is known. */
  catalogId?: string;
  /** sha256 over the tool's analysed contents (sorted file hashes). */
  contentHash?: string;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  inventory: Inventory;
  error?: ScanError;
  /** Parse and analysis time in ms, for benchmarks and progress. */
  timing?: { parseMs: number; analyseMs: number };
  /** Where sensed values leave this file for the tool's other modules (see core/links.ts). */
  links?: ModuleLinks;
}

export interface Report {
  tool?: ToolIdentity;
  artifacts: Artifact[];
  findings: Finding[];
  errors: ScanError[];
  inventory: Inventory;
  /** sha256 over the sorted sha256 of every analysed source, one per line: what a review is bound to. */
  contentHash?: string;
  /** Candor version and the time the scan finished (ISO). */
  generator?: { name: 'candor'; version: string; time: string };
}
