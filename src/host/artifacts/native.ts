import { emptyInventory, type EnvGroup, type Finding, type Inventory } from '../../core/model';
import { BinaryFile } from './binary';
import { sha256Hex } from './common';

/**
 * Strings-level inventory of a native executable (Rust, Go, C++): what URLs, hosts and
 * environment variable names it carries. It is evidence of capability, not of behaviour, which is
 * why it is reported as limited analysis with info severity.
 */
export interface NativeStrings {
  urls: string[];
  hosts: string[];
  envVars: string[];
}

const CHUNK = 4 * 1024 * 1024;
const OVERLAP = 1024;
const MAX_ITEMS = 2000;

const URL_RE = /\bhttps?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@/?#-]{0,300})?/g;
const HOST_RE = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}(?:com|net|org|io|ai|dev|cn|co|app|cloud|gg|us|uk|de|jp|ru|me|xyz|tech)\b/g;
// a dotted name with an alphabetic TLD, or an IPv4 address; `http://a` in a format string is noise
const PLAUSIBLE_HOST = /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}|\d{1,3}(?:\.\d{1,3}){3}|localhost)$/;
const ENV_RE = /\b[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,6}\b/g;
// Native binaries are full of UPPER_SNAKE constants (errno, OpenSSL, syscalls); only names shaped
// like configuration are kept.
const ENV_HINT = /(?:PROXY|_URL$|_URI$|_HOST$|_ENDPOINT|BASE_URL|_API_|_API$|_KEY$|_TOKEN$|_SECRET|TELEMETRY|_DISABLE_|^DISABLE_|_ENABLE_|^ENABLE_|_HOME$|_CONFIG|_DIR$|_REGION|_PROFILE|^CI_|^GITHUB_|^XDG_|^LC_|_LOG_LEVEL|_DEBUG$|_MODEL)/;
const PLAIN_ENV = new Set(['HOME', 'USER', 'USERNAME', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'HOSTNAME', 'SHELL', 'TERM', 'LANG', 'TZ', 'PATH', 'TMPDIR', 'CI']);

export async function nativeStrings(file: BinaryFile, signal?: AbortSignal): Promise<NativeStrings> {
  const urls = new Set<string>();
  const hosts = new Set<string>();
  const env = new Set<string>();
  for (let at = 0; at < file.size; at += CHUNK) {
    if (signal?.aborted) break;
    const len = Math.min(CHUNK + OVERLAP, file.size - at);
    const text = (await file.read(at, len)).toString('latin1');
    for (const m of text.matchAll(URL_RE)) {
      if (urls.size < MAX_ITEMS) urls.add(m[0]);
      const host = hostOf(m[0]);
      if (host && PLAUSIBLE_HOST.test(host) && hosts.size < MAX_ITEMS) hosts.add(host);
    }
    for (const m of text.matchAll(HOST_RE)) if (hosts.size < MAX_ITEMS) hosts.add(m[0]);
    for (const m of text.matchAll(ENV_RE)) if (env.size < MAX_ITEMS && ENV_HINT.test(m[0])) env.add(m[0]);
    for (const name of PLAIN_ENV) if (!env.has(name) && new RegExp(`(?:^|[^A-Za-z0-9_$])${name}(?:[^A-Za-z0-9_]|$)`).test(text)) env.add(name);
  }
  return { urls: [...urls].sort(), hosts: [...hosts].sort(), envVars: [...env].sort() };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

export function envGroup(name: string): EnvGroup {
  if (/PROXY/.test(name)) return 'proxy';
  if (/BASE_URL|API_URL|_ENDPOINT|_HOST$|_URL$|_URI$/.test(name)) return 'endpoint';
  if (/_KEY$|_TOKEN$|_SECRET|PASSWORD/.test(name)) return 'credentials';
  if (/^CI$|^CI_|^GITHUB_|^GITLAB_|^BUILDKITE/.test(name)) return 'ci';
  if (/^LANG$|^LC_|^TZ$/.test(name)) return 'locale';
  if (/TELEMETRY|ANALYTICS|TRACKING/.test(name)) return 'telemetry';
  if (/^(USER|USERNAME|HOSTNAME|USERPROFILE)$/.test(name)) return 'identity';
  if (/^(HOME|PATH|SHELL|TMPDIR|APPDATA|LOCALAPPDATA)$|^XDG_/.test(name)) return 'system';
  if (/^TERM/.test(name)) return 'terminal';
  return 'other';
}

export function nativeInventory(s: NativeStrings): Inventory {
  const inv = emptyInventory();
  for (const name of s.envVars) inv.envVars[name] = envGroup(name);
  inv.hosts = [...s.hosts];
  inv.urls = [...s.urls];
  return inv;
}

/** The `native-strings` finding: info severity, the hosts and env names as values. */
export function nativeStringsFinding(path: string, s: NativeStrings, format: string): Finding {
  const values = [...s.hosts.slice(0, 50), ...s.envVars.slice(0, 50)];
  return {
    ruleId: 'native-strings',
    category: 'limited-analysis',
    severity: 'info',
    confidence: 'low',
    message: `Native ${format} executable without embedded JavaScript: strings-level inventory only (${s.urls.length} URLs, ${s.hosts.length} hosts, ${s.envVars.length} environment variable names). Behaviour cannot be analysed.`,
    location: { path, line: 1, column: 1, offset: 0, endOffset: 0 },
    values,
    trace: [],
    fingerprint: sha256Hex(['native-strings', ...s.hosts, ...s.envVars].join('\n')).slice(0, 32),
    details: { urls: s.urls, hosts: s.hosts, envVars: s.envVars, analysis: 'limited' },
  };
}
