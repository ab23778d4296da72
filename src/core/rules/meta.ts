import type { Category, Severity } from '../model';

/**
 * Rule metadata: the one table that feeds `candor rules`, `candor explain`, the SARIF rule
 * table, the docs and the disclosure checklist. Ids are stable: reports, reviews and policy
 * files refer to them.
 */
export interface RuleMeta {
  id: string;
  name: string;
  category: Category;
  /** Severity when nothing in the finding raises or lowers it. */
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
  /** Why it matters, and what is ordinary about it. */
  rationale: string;
  /** Shown in `candor explain`: what Candor looks for, in code shapes. */
  looksFor: string[];
  /** Alerts appear in the tree and fail policies; inventory rules only describe. */
  alert: boolean;
}

export const RULES: readonly RuleMeta[] = [
  {
    id: 'env-gated-behavior',
    name: 'Behaviour gated on region, vendor or organisation',
    category: 'gating',
    defaultSeverity: 'high',
    description: 'A sensed value (time zone, locale, API base URL, proxy, hostname, …) is compared with a list of regions, vendors, AI labs or organisations.',
    rationale:
      'A tool that treats users differently by where they are or whom they buy from should say so. Comparing the time zone with specific zones or the API endpoint with competitors\' domains is the shape of region and reseller targeting. Comparing a base URL with the vendor\'s own host, or formatting dates in the local zone, is ordinary and not reported here.',
    looksFor: [
      'a sensed value (time zone, UTC offset, locale, endpoint or proxy host, host name, git e-mail, the environment\'s variable names) followed through variables, returns, record fields, parameters, getters, memos, lazy initialisers and module systems to a comparison',
      'the comparison in any form: ===, includes, indexOf, startsWith/endsWith, regex test/match, Set.has, Map.get, in, some/every/find/filter, for loops with break or return, switch, a table looked up by the value',
      'a list written plainly, as a Set, Map, regex or object, or decoded at run time (base64, hex, XOR, RC4, char codes, reversal, string tables) — classified as regions, vendors, labs or organisations',
      'what the decision changes, followed forward: a refusal, an exit, a request or its parameters and headers, prompt or message text, a returned value, a covert marker; a locale that only picks translated text is ordinary',
    ],
    alert: true,
  },
  {
    id: 'covert-marker',
    name: 'Covert marker in text',
    category: 'covert-marker',
    defaultSeverity: 'critical',
    description: 'A branch chooses between strings that differ only by look-alike, invisible or format characters.',
    rationale:
      'Swapping an apostrophe for U+2019, a space for U+2009 or adding a zero-width joiner changes nothing a person sees, but marks the text for whoever reads it later (a model provider\'s logs, for instance). Legitimate code has no reason to pick between visually identical strings.',
    looksFor: [
      'cond ? "Today\'s" : "Today\u2019s", if/else, a chain of if … return, a switch or a table indexed by a flag picking look-alike strings (resolved as values, also from string tables)',
      'what decides the pick, followed back: a region or vendor decision (critical), anything sensed (high); a pick decided only by text or file names, or one that only changes spacing, is layout and not reported',
    ],
    alert: true,
  },
  {
    id: 'obfuscated-vendor-list',
    name: 'Obfuscated list of regions, vendors or labs',
    category: 'obfuscation',
    defaultSeverity: 'high',
    description: 'A string hidden by encoding (base64, hex, XOR, char codes, reversal) decodes to region names, vendor domains or AI lab names.',
    rationale:
      'Hiding a list of competitors\' domains or time zones from readers of the bundle has no ordinary purpose. Candor decodes it statically (no code is run) and shows the decoded values.',
    looksFor: [
      'Buffer.from("…", "base64") followed by XOR over char codes',
      'String.fromCharCode over number arrays',
      'a small decoder function in the bundle called with constant arguments',
    ],
    alert: true,
  },
  {
    id: 'host-identity-sent',
    name: 'Host identity sent over the network',
    category: 'network',
    defaultSeverity: 'high',
    description: 'Hostname, user name, machine id, network interfaces or the git identity flow into a request body, header or URL, or into the prompt sent to a model.',
    rationale: 'Identifying the machine to a server lets a vendor track a person across accounts; it should be disclosed.',
    looksFor: [
      'os.hostname(), os.userInfo(), network interfaces, machine ids (files, registry, ioreg, node-machine-id) and git identity, also imported under another name',
      'followed through variables, returns, record fields and spreads, constructor parameters and class fields, hashing, URL query parameters, promises (then, Promise.all, new Promise), arrays joined into text, objects a helper writes into, a callback\'s output, and identity-named fields read back past a dependency-injection container',
      'to a message of a model request ({ role, content }, a system prompt beside messages), or to a request: fetch, http(s).request, WebSocket, bundled clients (axios, undici, ws, a client class), a verb called with a URL on a client from another chunk, or headers handed to a client the bundle hides',
    ],
    alert: true,
  },
  {
    id: 'env-enumerate',
    name: 'Whole environment enumerated or serialised',
    category: 'environment',
    defaultSeverity: 'low',
    description: 'The whole of process.env is enumerated, spread or serialised (not only passed to a child process); high when a request carries it.',
    rationale: 'Reading every variable picks up credentials and tokens of other tools. Kept in the process (a secret filter for logs, a child process\'s environment) it is ordinary; sent in a request it is an alert.',
    looksFor: ['Object.keys(process.env)', 'JSON.stringify(process.env)', '{...process.env} outside spawn options', 'the serialised environment followed to a request'],
    alert: false,
  },
  {
    id: 'obfuscated-string',
    name: 'Statically decoded string',
    category: 'obfuscation',
    defaultSeverity: 'info',
    description: 'A string built by decoding (base64, hex, XOR, RC4, char codes, reversal, string-array tables) that Candor decoded statically; a file that hides many strings behind one decoder gets one finding with the count.',
    rationale: 'Most encoded strings are ordinary (images, wasm, tables, a build step that encodes every long string). They are listed so a reviewer can see what the code hides, and what they name (hosts) joins the inventory; lists of vendors or regions hidden on purpose are reported by obfuscated-vendor-list.',
    looksFor: ['atob / Buffer.from(…, "base64" | "hex")', 'String.fromCharCode(…)', 'split("").reverse().join("")', 'javascript-obfuscator string arrays rotated at start-up'],
    alert: false,
  },
  {
    id: 'machine-id-read',
    name: 'Machine identifier read',
    category: 'machine-id',
    defaultSeverity: 'medium',
    description: 'Reads a stable machine identifier (/etc/machine-id, IOPlatformUUID, MachineGuid, vscode.env.machineId).',
    rationale: 'A machine id follows a person across accounts and reinstalls. Extensions often use vscode.env.machineId for telemetry; it should be disclosed.',
    looksFor: ['readFile("/etc/machine-id")', 'ioreg -rd1 -c IOPlatformExpertDevice', 'reg query …\\Cryptography /v MachineGuid', 'vscode.env.machineId'],
    alert: false,
  },
  {
    id: 'sensitive-file-read',
    name: 'Sensitive file read',
    category: 'sensitive-file',
    defaultSeverity: 'medium',
    description: 'Reads a credentials or history file (~/.ssh, ~/.aws, ~/.npmrc, ~/.netrc, shell history, ~/.gitconfig).',
    rationale: 'These files hold keys and tokens of other tools. A coding assistant may read them on request; reading them on its own should be disclosed.',
    looksFor: ['fs.readFile / readFileSync with a path containing .ssh, .aws, .npmrc, .netrc, _history, .gitconfig'],
    alert: false,
  },
  {
    id: 'discovery-command',
    name: 'Discovery command executed',
    category: 'command',
    defaultSeverity: 'low',
    description: 'Runs a command that reveals host or user identity (whoami, hostname, ipconfig, reg query, ioreg, scutil, git config user.email).',
    rationale: 'Identity discovery through a shell is the same sensing as os.hostname(), harder to see.',
    looksFor: ['child_process.exec / execSync / spawn with whoami, hostname, ipconfig, ifconfig, reg query, ioreg, scutil, git config user.email'],
    alert: false,
  },
  {
    id: 'telemetry',
    name: 'Telemetry or analytics sent',
    category: 'network',
    defaultSeverity: 'low',
    description: 'Sends usage data to an analytics or telemetry endpoint (followed to the request), or names such hosts (info); records whether an opt-out is checked in the same code.',
    rationale: 'Telemetry is ordinary when disclosed and when its documented opt-out is honoured on the path to the send.',
    looksFor: ['telemetry SDKs (Segment, Statsig, Sentry, PostHog, Application Insights, OpenTelemetry exporters, Datadog)', 'vscode.env.isTelemetryEnabled, DISABLE_TELEMETRY and similar opt-outs'],
    alert: false,
  },
  {
    id: 'native-strings',
    name: 'Native code: strings-level inventory only',
    category: 'limited-analysis',
    defaultSeverity: 'info',
    description: 'A native executable without embedded JavaScript; only its strings (URLs, hosts, env var names) were inventoried.',
    rationale: 'Candor cannot follow flows in machine code. A clean result for such an artifact means "not analysed", not "safe".',
    looksFor: ['printable strings in ELF / Mach-O / PE files'],
    alert: false,
  },
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
