import type { EnvGroup } from '../model';

/** What kind of thing about the user a sensed value reveals. */
export type SenseKind = 'env' | 'timezone' | 'locale' | 'host-identity' | 'machine-id' | 'endpoint' | 'git-identity' | 'git-remote' | 'workplace' | 'geo-ip' | 'tools' | 'system' | 'account';

export interface SourceDef {
  kind: SenseKind;
  label: string;
  /** Weak identity (home dir, OS type): inventoried, not enough alone to alert when sent. */
  weak?: boolean;
}

/** Property reads that are sources, by reference path. */
export const MEMBER_SOURCES: Record<string, SourceDef> = {
  'vscode.env.machineId': { kind: 'machine-id', label: 'vscode.env.machineId' },
  'vscode.env.devDeviceId': { kind: 'machine-id', label: 'vscode.env.devDeviceId' },
  'vscode.env.language': { kind: 'locale', label: 'vscode.env.language' },
  // The extensions the user installed (their ids, `publisher.name`): which other AI tools they use, whom they buy from.
  'vscode.extensions.all': { kind: 'tools', label: 'installed extensions (vscode.extensions.all)' },
  'navigator.language': { kind: 'locale', label: 'navigator.language' },
  'navigator.languages': { kind: 'locale', label: 'navigator.languages' },
  'Intl.DateTimeFormat().resolvedOptions().timeZone': { kind: 'timezone', label: 'Intl time zone' },
  'Intl.DateTimeFormat().resolvedOptions().locale': { kind: 'locale', label: 'Intl locale' },
  'Intl.NumberFormat().resolvedOptions().locale': { kind: 'locale', label: 'Intl locale' },
  'Intl.Collator().resolvedOptions().locale': { kind: 'locale', label: 'Intl locale' },
};

/**
 * The API object of VS Code's built-in Git extension (`extensions.getExtension("vscode.git").exports.getAPI(1)`,
 * or what `activate()` resolves to), and anything reached from it (`.repositories[0]`, `.getRepository(uri)`).
 */
const GIT_EXTENSION_API = /^vscode\.extensions\.getExtension\(\)\.(?:exports|activate\(\))\.getAPI\(\)(?:\.|$)/;

/**
 * Property reads that are sources by the shape of their path, beside MEMBER_SOURCES: what a VS
 * Code API reached by calls holds about the user.
 */
export function memberSource(ref: string): SourceDef | undefined {
  const exact = MEMBER_SOURCES[ref];
  if (exact) return exact;
  // The account of a session the editor's authentication gives (`(await authentication.getSession("microsoft", …)).account.label`):
  // the user's name or e-mail address (and with it their organisation's domain), or the provider's id of them.
  // (Not its `accessToken`, a credential sent to the provider it is for.)
  const account = /^vscode\.authentication\.getSession\(\)\.account\.(label|id)$/.exec(ref);
  if (account) return { kind: 'host-identity', label: `signed-in account's ${account[1]} (vscode.authentication)` };
  // A remote of a repository the Git extension's API gives (`repository.state.remotes[0].fetchUrl`): as `git remote get-url`.
  if (GIT_EXTENSION_API.test(ref) && /\.(fetchUrl|pushUrl)$/.test(ref)) return { kind: 'git-remote', label: 'git remote URL (Git extension API)' };
  return undefined;
}

/**
 * A call of the Git extension's API that reads git's configuration (`repository.getConfig("user.email")`,
 * `getGlobalConfig`), by the reference path of the callee: what the key names, as `git config KEY` says.
 */
export function gitApiConfigCall(ref: string): boolean {
  return GIT_EXTENSION_API.test(ref) && /\.(getConfig|getGlobalConfig)$/.test(ref);
}

/** What git's configuration holds under a key, when it is about the user or the remote. */
export function gitConfigKind(key: string): SourceDef | undefined {
  if (key === 'user.email' || key === 'user.name') return { kind: 'git-identity', label: `git ${key}` };
  if (/^remote\.[\w.-]+\.url$/.test(key)) return { kind: 'git-remote', label: `git ${key}` };
  return undefined;
}

/** Calls that are sources, by reference path of the callee plus "()". */
export const CALL_SOURCES: Record<string, SourceDef> = {
  'os.hostname()': { kind: 'host-identity', label: 'os.hostname()' },
  'os.userInfo()': { kind: 'host-identity', label: 'os.userInfo()' },
  'os.networkInterfaces()': { kind: 'host-identity', label: 'os.networkInterfaces()' },
  'os.homedir()': { kind: 'host-identity', label: 'os.homedir()', weak: true },
  'os.release()': { kind: 'host-identity', label: 'os.release()', weak: true },
  'os.version()': { kind: 'host-identity', label: 'os.version()', weak: true },
  'os.cpus()': { kind: 'host-identity', label: 'os.cpus()', weak: true },
  'os.machine()': { kind: 'host-identity', label: 'os.machine()', weak: true },
  'os.totalmem()': { kind: 'host-identity', label: 'os.totalmem()', weak: true },
  'node-machine-id.machineId()': { kind: 'machine-id', label: 'node-machine-id' },
  'node-machine-id.machineIdSync()': { kind: 'machine-id', label: 'node-machine-id' },
  'Intl.DateTimeFormat().resolvedOptions()': { kind: 'timezone', label: 'Intl.DateTimeFormat().resolvedOptions()' },
  // The time-zone libraries' guess of the user's zone (Intl's, or the offset's, underneath).
  'module:dayjs.tz.guess()': { kind: 'timezone', label: 'dayjs.tz.guess()' },
  'module:moment-timezone.tz.guess()': { kind: 'timezone', label: 'moment.tz.guess()' },
  'module:moment.tz.guess()': { kind: 'timezone', label: 'moment.tz.guess()' },
  // sindresorhus' os-locale (v6+ named exports, v5 default), which reads LC_ALL/LANG or asks the system (`defaults read`, `Get-Culture`).
  'module:os-locale.osLocale()': { kind: 'locale', label: 'os-locale' },
  'module:os-locale.osLocaleSync()': { kind: 'locale', label: 'os-locale' },
  'module:os-locale()': { kind: 'locale', label: 'os-locale' },
  'module:os-locale.sync()': { kind: 'locale', label: 'os-locale' },
  // Electron's main process: the operating system's locale and the country it is set to.
  'module:electron.app.getLocale()': { kind: 'locale', label: 'Electron app.getLocale()' },
  'module:electron.app.getSystemLocale()': { kind: 'locale', label: 'Electron app.getSystemLocale()' },
  'module:electron.app.getPreferredSystemLanguages()': { kind: 'locale', label: 'Electron app.getPreferredSystemLanguages()' },
  'module:electron.app.getLocaleCountryCode()': { kind: 'locale', label: 'Electron app.getLocaleCountryCode()' },
};

/** Modules whose members matter, with the names they go by. */
export function normaliseModule(name: string): string {
  let m = name.startsWith('node:') ? name.slice(5) : name;
  if (m === 'fs/promises') m = 'fs';
  if (m === 'child_process' || m === 'os' || m === 'fs' || m === 'process' || m === 'vscode' || m === 'node-machine-id' || m === 'https' || m === 'http' || m === 'url' || m === 'path' || m === 'crypto' || m === 'net' || m === 'tls' || m === 'dgram' || m === 'http2' || m === 'dns' || m === 'util') return m;
  return 'module:' + m;
}

/** CI services' variables that name the repository being built or its owner (GitHub Actions, GitLab, Azure Pipelines, Bitbucket, CircleCI, Travis, Buildkite, Drone, Vercel). */
const CI_REPOSITORY = /^(GITHUB_REPOSITORY|GITHUB_REPOSITORY_OWNER|CI_PROJECT_NAMESPACE|CI_PROJECT_ROOT_NAMESPACE|CI_PROJECT_PATH|CI_PROJECT_URL|CI_REPOSITORY_URL|BUILD_REPOSITORY_NAME|BUILD_REPOSITORY_URI|SYSTEM_COLLECTIONURI|BITBUCKET_REPO_OWNER|BITBUCKET_WORKSPACE|BITBUCKET_REPO_FULL_NAME|BITBUCKET_GIT_HTTP_ORIGIN|CIRCLE_PROJECT_USERNAME|CIRCLE_REPOSITORY_URL|TRAVIS_REPO_SLUG|BUILDKITE_ORGANIZATION_SLUG|BUILDKITE_REPO|DRONE_REPO|DRONE_REPO_OWNER|DRONE_REPO_NAMESPACE|VERCEL_GIT_REPO_OWNER)$/;

export function envKind(name: string): SourceDef {
  const n = name.toUpperCase();
  if (n === 'TZ') return { kind: 'timezone', label: `env ${name}` };
  if (n === 'LANG' || n === 'LANGUAGE' || n.startsWith('LC_')) return { kind: 'locale', label: `env ${name}` };
  // The keyboard layouts X11/Wayland set up (`us,ru`): the languages the user types.
  if (n === 'XKB_DEFAULT_LAYOUT') return { kind: 'locale', label: `env ${name} (keyboard layout)` };
  if (/_PROXY$|^PROXY$/.test(n)) return { kind: 'endpoint', label: `env ${name}` };
  // A package index or registry mirror the user configured (`PIP_INDEX_URL`, `UV_INDEX_URL`): where the network goes.
  if (/^(PIP_(EXTRA_)?INDEX_URL|UV_(DEFAULT_|EXTRA_)?INDEX_URL)$/.test(n)) return { kind: 'endpoint', label: `env ${name}` };
  if (/(BASE_?URL|API_?URL|API_?BASE|ENDPOINT|_API_HOST|BASE_PATH)$/.test(n) || /(BASE_URL|API_URL|ENDPOINT)/.test(n)) return { kind: 'endpoint', label: `env ${name}` };
  // (`SUDO_USER`: the user who ran sudo, by name.)
  if (/^(USER|USERNAME|LOGNAME|HOSTNAME|COMPUTERNAME|USERDOMAIN|USERDNSDOMAIN|SUDO_USER)$/.test(n)) return { kind: 'host-identity', label: `env ${name}` };
  if (/^(GIT_AUTHOR_EMAIL|GIT_COMMITTER_EMAIL|EMAIL)$/.test(n)) return { kind: 'git-identity', label: `env ${name}` };
  // The module paths Go must fetch privately (`GOPRIVATE=*.corp.example.com,git.corp.example.com/team`): the hosts of the user's employer.
  if (/^(GOPRIVATE|GONOPROXY|GONOSUMDB|GOINSECURE)$/.test(n)) return { kind: 'workplace', label: `env ${name} (private module hosts)` };
  // The repository a CI run builds, as its service names it (`GITHUB_REPOSITORY_OWNER=acme`,
  // `CI_PROJECT_NAMESPACE=acme/team`, `BUILD_REPOSITORY_NAME=acme/app`, `TRAVIS_REPO_SLUG`…): whose
  // code it is, the organisation, as the git remote tells it outside CI. (`GITHUB_EVENT_NAME`,
  // `GITHUB_ACTIONS` and the rest say how the run was started, not for whom.)
  if (CI_REPOSITORY.test(n)) return { kind: 'git-remote', label: `env ${name} (the CI repository)` };
  return { kind: 'env', label: `env ${name}` };
}

const CI = /^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|GITLAB_CI|CIRCLECI|TRAVIS|BUILDKITE|JENKINS_URL|TEAMCITY_VERSION|TF_BUILD|CODEBUILD_BUILD_ID|BITBUCKET_BUILD_NUMBER|DRONE|APPVEYOR|NETLIFY|VERCEL|HEROKU_TEST_RUN_ID|GITHUB_[A-Z_]+|CI_[A-Z_]+)$/;
const TERMINAL = /^(TERM|COLORTERM|TERM_PROGRAM|TERM_PROGRAM_VERSION|COLUMNS|LINES|NO_COLOR|FORCE_COLOR|FORCE_HYPERLINK|CLICOLOR|CLICOLOR_FORCE|TMUX|STY|WT_SESSION|ConEmuANSI|VTE_VERSION|KITTY_WINDOW_ID|ITERM_SESSION_ID|ALACRITTY_[A-Z_]+|WEZTERM_[A-Z_]+|TERMINAL_EMULATOR|VSCODE_[A-Z_]+|INSIDE_EMACS|EDITOR|VISUAL|PAGER)$/i;
const CREDENTIALS = /(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|AUTH|PRIVATE_KEY|ACCESS_KEY|SESSION_KEY|COOKIE)/i;
const TELEMETRY = /(TELEMETRY|DO_NOT_TRACK|ANALYTICS|TRACKING|ERROR_REPORTING|NONESSENTIAL_TRAFFIC|SENTRY|STATSIG|OTEL_)/i;
const SYSTEM = /^(PATH|PATHEXT|SHELL|COMSPEC|PWD|OLDPWD|HOME|USERPROFILE|APPDATA|LOCALAPPDATA|PROGRAMDATA|PROGRAMFILES|SYSTEMROOT|WINDIR|TMPDIR|TEMP|TMP|XDG_[A-Z_]+|NODE_[A-Z_]+|NPM_[A-Z_]+|npm_[a-z_]+|DEBUG|SSH_[A-Z_]+|DISPLAY|WAYLAND_DISPLAY|WSL_[A-Z_]+|SHLVL|OS|PROCESSOR_[A-Z_]+|SUDO_[A-Z_]+)$/;

export function envGroup(name: string): EnvGroup {
  const def = envKind(name);
  if (def.kind === 'endpoint') return /PROXY/i.test(name) ? 'proxy' : 'endpoint';
  if (def.kind === 'locale' || def.kind === 'timezone') return 'locale';
  if (def.kind === 'host-identity' || def.kind === 'git-identity') return 'identity';
  if (TELEMETRY.test(name)) return 'telemetry';
  if (CI.test(name)) return 'ci';
  if (TERMINAL.test(name)) return 'terminal';
  if (CREDENTIALS.test(name)) return 'credentials';
  if (SYSTEM.test(name)) return 'system';
  if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(name)) return 'tool';
  return 'other';
}

/** Commands whose output identifies the host or the user. */
export const DISCOVERY_COMMANDS: { re: RegExp; kind: SenseKind; label: string }[] = [
  { re: /^\s*whoami\b/, kind: 'host-identity', label: 'whoami' },
  { re: /^\s*hostname\b/, kind: 'host-identity', label: 'hostname' },
  { re: /^\s*(ipconfig|ifconfig|ip\s+(addr|a|link))\b/, kind: 'host-identity', label: 'network interfaces' },
  { re: /^\s*(id|uname)\b/, kind: 'host-identity', label: 'user / system identity' },
  { re: /\breg(\.exe)?\s+query\b.*MachineGuid/i, kind: 'machine-id', label: 'Windows MachineGuid' },
  { re: /\breg(\.exe)?\s+query\b/i, kind: 'host-identity', label: 'registry query' },
  { re: /\bioreg\b.*IOPlatform/i, kind: 'machine-id', label: 'IOPlatformUUID' },
  { re: /\bioreg\b/, kind: 'host-identity', label: 'ioreg' },
  { re: /\bscutil\s+--get\b/, kind: 'host-identity', label: 'scutil' },
  { re: /\bwmic\b.*\b(csproduct|uuid|bios)\b/i, kind: 'machine-id', label: 'wmic UUID' },
  { re: /\bsystem_profiler\b.*\bSPHardwareDataType\b/, kind: 'machine-id', label: 'macOS hardware UUID (system_profiler)' },
  { re: /\bhostnamectl\b/, kind: 'host-identity', label: 'hostnamectl' },
  // The author line git composes (`git var GIT_AUTHOR_IDENT`: "Name <email> time zone") and the commit log's author fields.
  { re: /\bgit\s+var\s+GIT_(AUTHOR|COMMITTER)_IDENT\b|\bgit\s+(log|show)\b.*%(a|c)[ne]/, kind: 'git-identity', label: 'git user identity' },
  // (Also as a pattern: `git config --get-regexp ^user\.(name|email)$`, or every key of the user's section, `--get-regexp ^user\.`.)
  { re: /\bgit\s+(?:-[cC]\s+\S+\s+)*config\b.*(\buser(?:\.|\\\.)\(?(?:\w+\|)*(email|name)\b|--get-regexp\s+['"]?\^?user(?:\\?\.)?['"]?(\s|$))/, kind: 'git-identity', label: 'git user identity' },
  // The commit log's dates with their UTC offsets (`%ai`, `%cd`, `%aI`): the zones the commits were made in
  // (after the identity's: a log that prints the author too is the identity first).
  { re: /\bgit\s+(log|show)\b.*%[ac][diI]\b/, kind: 'timezone', label: 'commit time zones (git log dates)' },
  // Where the repository lives: its host and organisation (`github.com/acme/…`), whom the user works for.
  { re: /\bgit\s+(?:-[cC]\s+\S+\s+)*(remote\s+get-url\b|ls-remote\s+--get-url\b|config\b.*\bremote\\?\.\S*\.url\b|config\b.*\burl\\?\.\S*\.insteadof\b|remote\s+-v\b)/i, kind: 'git-remote', label: 'git remote URL' },
  // The Wi-Fi network the machine is on (macOS's networksetup and airport, NetworkManager, wireless-tools,
  // Windows' netsh): an office's network name says where the user works.
  { re: /\bnetworksetup\s+-getairportnetwork\b|\bairport\b.*\s-I\b|\bnmcli\b.*\bssid\b|^\s*iwgetid\b|\bnetsh(\.exe)?\s+wlan\s+show\s+interfaces?\b|\bsystem_profiler\s+SPAirPortDataType\b/i, kind: 'workplace', label: 'Wi-Fi network name (SSID)' },
  { re: /\bcat\s+\/etc\/machine-id\b|\/var\/lib\/dbus\/machine-id/, kind: 'machine-id', label: '/etc/machine-id' },
  // The user's locale and time zone as the system tells a program that asks it.
  { re: /\bdefaults\s+read\s+(-g|NSGlobalDomain)\s+Apple(Locale|Languages)\b/, kind: 'locale', label: 'macOS locale (defaults read)' },
  { re: /\blocalectl\b/, kind: 'locale', label: 'system locale (localectl)' },
  // The keyboard layouts (input sources) the user types with: X11's, GNOME's, macOS's.
  { re: /\bsetxkbmap\b.*-query\b|\bgsettings\s+get\s+org\.gnome\.desktop\.input-sources\b|\bdefaults\s+read\b.*\bcom\.apple\.HIToolbox\b/, kind: 'locale', label: 'keyboard layout' },
  { re: /\bGet-(Culture|UICulture|WinSystemLocale|WinUserLanguageList|WinHomeLocation)\b/i, kind: 'locale', label: 'Windows culture' },
  { re: /^\s*locale\s*$/, kind: 'locale', label: 'locale' },
  { re: /\bGet-TimeZone\b|\btzutil(\.exe)?\s+\/g\b/i, kind: 'timezone', label: 'Windows time zone' },
  // Where the machine is, as its Wi-Fi radio is set up for: the regulatory domain's country
  // (`iw reg get` prints `country CN: DFS-FCC`; macOS's AirPort report has spairport_wireless_country_code).
  { re: /\biw\s+(?:phy\d*\s+)?reg\s+get\b|\bsystem_profiler\b.*\bSPAirPortDataType\b/, kind: 'geo-ip', label: 'Wi-Fi regulatory country' },
  { re: /\btimedatectl\b|\bsystemsetup\s+-gettimezone\b|\/etc\/localtime\b|\bcat\s+\/etc\/timezone\b/, kind: 'timezone', label: 'system time zone' },
];

/**
 * Services that answer where the asking machine's IP address is (its country, region, city), and
 * Cloudflare's trace page (`loc=CN`): a request to one is the user's location, sensed.
 */
export const GEO_IP_URL = /^https?:\/\/((?:[\w-]+\.)*(?:ipinfo\.io|ipapi\.co|ipapi\.is|ip-api\.com|ipwho\.is|ipwhois\.app|api\.country\.is|get\.geojs\.io|ipgeolocation\.io|freegeoip\.app|api\.ip\.sb|ifconfig\.co\/country|extreme-ip-lookup\.com|api\.db-ip\.com))(?:[/:?#]|$)|^https?:\/\/([\w.-]+)\/cdn-cgi\/trace\b/i;

/**
 * A cloud's instance-metadata service asked for the region or zone the machine runs in (Alibaba's
 * `100.100.100.200/…/region-id`, Tencent's `metadata.tencentyun.com/…/placement/region`, AWS's
 * and Azure's `169.254.169.254`, GCE's zone, OpenStack's `meta_data.json` with its availability
 * zone, Oracle's `/opc/v2/instance/region`): where the machine is, as its cloud places it. Other
 * paths of the same hosts (credentials, tokens, user data) are not.
 */
export const CLOUD_REGION_URL = /^https?:\/\/(169\.254\.169\.254|100\.100\.100\.200|metadata\.tencentyun\.com|metadata\.google\.internal|\[fd00:ec2::254\])(?::\d+)?\/(?:[^?#]*?(?:region|zone|placement|availability|location|meta_data\.json|instance-identity\/document)|metadata\/instance\/?(?:[?#]|$)|opc\/v[12]\/instance\/?(?:[?#]|$))/i;

/**
 * A service's endpoints that answer who the signed-in user is and which organisations they belong
 * to (GitHub's `/user`, `/user/orgs`, `/user/emails`, `/user/memberships/orgs`; Microsoft Graph's
 * `/me` and `/organization`): what a request to one gives back is the user's identity.
 */
// (GitHub's user, also as Copilot asks for it with its plan and organisations, `copilot_internal/user`;
// Microsoft Graph's; Google's OpenID userinfo.)
export const ACCOUNT_URL = /^https?:\/\/(api\.github\.com\/(?:copilot_internal\/)?user(?:\/(?:orgs|emails|memberships\/orgs))?|graph\.microsoft\.com\/(?:v1\.0|beta)\/(?:me|organization)|(?:openidconnect\.googleapis\.com\/v1|www\.googleapis\.com\/oauth2\/v[23])\/userinfo)\/?(?:[?#]|$)/i;

export const MACHINE_ID_FILES = /(\/etc\/machine-id|\/var\/lib\/dbus\/machine-id|IOPlatformUUID|MachineGuid|\/sys\/class\/dmi\/id\/(product_uuid|product_serial|board_serial))/;
/**
 * The last part of a path where a tool keeps an id it made for this machine once and reads back
 * on every run (`~/.tool/.auth/machine_id`, `device-id.json`): as identifying as the system's own.
 */
export const STORED_ID_FILE = /^\.?(machine|device)[-_]?id(\.(txt|json))?$/i;
/**
 * Files the user's tools keep their network in, by the end of their path: where SSH connects
 * (`~/.ssh/config`'s Host and HostName), the clusters kubectl talks to (`~/.kube/config`), git's
 * global settings (`url.*.insteadOf`, credential hosts), the hosts `.netrc` logs in to, the
 * resolver's search domains (`/etc/resolv.conf`) and the hosts file, a container registry's
 * logins. Their hosts say where the user works; a repository's own `.git/config` names its remote.
 */
export const NETWORK_CONFIG_FILES: { re: RegExp; kind: SenseKind; label: string }[] = [
  { re: /(^|\/)\.git\/config$/, kind: 'git-remote', label: "the repository's .git/config (its remotes)" },
  { re: /(^|\/)(\.ssh\/config|ssh\/ssh_config)$/, kind: 'workplace', label: 'SSH client configuration (hosts it connects to)' },
  { re: /(^|\/)\.kube\/config$/, kind: 'workplace', label: 'kubeconfig (cluster servers)' },
  { re: /(^|\/)(\.gitconfig|\.config\/git\/config)$/, kind: 'workplace', label: "git's global configuration (hosts it rewrites and logs in to)" },
  { re: /(^|\/)[._]netrc$/, kind: 'workplace', label: '.netrc (hosts it logs in to)' },
  { re: /^\/etc\/(resolv\.conf|hosts)$/, kind: 'workplace', label: 'the resolver configuration (search domains, hosts)' },
  { re: /(^|\/)\.docker\/config\.json$/, kind: 'workplace', label: "Docker's configuration (registries it logs in to)" },
];
/** Variables that name such a file (`KUBECONFIG=a:b`), read in its place. */
export const NETWORK_CONFIG_ENV: Record<string, string> = { KUBECONFIG: 'kubeconfig (cluster servers)', GIT_CONFIG_GLOBAL: "git's global configuration (hosts it rewrites and logs in to)", NETRC: '.netrc (hosts it logs in to)', DOCKER_CONFIG: "Docker's configuration (registries it logs in to)" };
export const SENSITIVE_FILES = /(^|[\/\\])(\.ssh|\.aws|\.npmrc|\.netrc|\.pypirc|\.docker[\/\\]config\.json|\.kube[\/\\]config|\.gnupg|\.git-credentials|\.bash_history|\.zsh_history|\.zhistory|\.history|fish_history|id_rsa|id_ed25519|id_ecdsa|credentials\.json|\.config[\/\\]gcloud|\.azure)([\/\\]|$)|_history$/;

/**
 * Where values of a kind can begin, by name, so that a flow query resolves only those places and
 * not every call of a 13 MB bundle: the calls that may return it, the fields that may hold it, and
 * the modules whose functions are imported under another name. The names alone decide nothing;
 * each place is resolved and kept only when its value is sensed of that kind.
 */
export const SOURCE_HINTS: Partial<Record<SenseKind, { calls: readonly string[]; fields?: readonly string[]; modules?: RegExp }>> = {
  'host-identity': {
    calls: ['hostname', 'userInfo', 'networkInterfaces', 'execSync', 'execFileSync', 'exec', 'execFile', 'spawnSync', 'getHostname'],
    // The login name and host name as the shell exports them (`process.env.USER`): the same identity as os.userInfo().
    fields: ['USER', 'USERNAME', 'LOGNAME', 'HOSTNAME', 'COMPUTERNAME', 'USERDOMAIN', 'USERDNSDOMAIN', 'SUDO_USER'],
    modules: /^(node:)?(os|child_process)$/,
  },
  'machine-id': {
    calls: ['readFileSync', 'readFile', 'execSync', 'execFileSync', 'exec', 'execFile', 'spawnSync', 'machineId', 'machineIdSync', 'getMachineId'],
    fields: ['machineId', 'devDeviceId', 'deviceId', 'machine_id', 'device_id'],
    modules: /^(node:)?(child_process|fs|fs\/promises)$|^node-machine-id$/,
  },
  'git-identity': { calls: ['execSync', 'execFileSync', 'exec', 'execFile', 'spawnSync', 'getConfig'], fields: ['GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_EMAIL'], modules: /^(node:)?child_process$|^simple-git$/ },
  timezone: { calls: ['resolvedOptions', 'getTimezoneOffset', 'guess'], fields: ['timeZone'] },
  locale: { calls: ['resolvedOptions'], fields: ['language', 'languages', 'locale'] },
};

/** Names of zones that are not canonical (links and Windows' names), which code compares too. */
const ZONE_ALIASES = [
  'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Kashgar', 'Asia/Macao', 'Asia/Calcutta', 'Asia/Katmandu', 'Asia/Saigon', 'Asia/Rangoon', 'Asia/Tel_Aviv',
  'Europe/Kiev', 'PRC', 'ROC', 'ROK', 'Hongkong', 'Japan', 'Iran', 'W-SU', 'Israel', 'Turkey', 'Egypt', 'Cuba', 'Singapore', 'GB', 'NZ', 'UTC', 'GMT', 'Etc/UTC', 'Etc/GMT',
  'China Standard Time', 'Taipei Standard Time', 'Tokyo Standard Time', 'Korea Standard Time', 'North Korea Standard Time', 'Russian Standard Time', 'Belarus Standard Time',
  'Iran Standard Time', 'Arabic Standard Time', 'Syria Standard Time', 'Cuba Standard Time', 'Pacific Standard Time', 'Eastern Standard Time', 'GMT Standard Time', 'W. Europe Standard Time',
];

/** Language and region pairs whose locales code compares (the regions of region checks, and common others). */
const LOCALE_TAGS = [
  'zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG', 'zh-Hans', 'zh-Hant', 'zh-Hans-CN', 'zh-Hant-TW', 'ru-RU', 'ru-BY', 'be-BY', 'fa-IR', 'ko-KP', 'ko-KR', 'ar-SY', 'es-CU', 'uk-UA',
  'en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'es-MX', 'pt-BR', 'pt-PT', 'it-IT', 'tr-TR', 'vi-VN', 'ar-SA', 'he-IL', 'hi-IN', 'id-ID', 'th-TH',
  'pl-PL', 'nl-NL', 'sv-SE', 'zh', 'ru', 'fa', 'ko', 'en', 'de', 'fr', 'ja', 'es', 'pt', 'ar', 'uk', 'be', 'tr', 'vi', 'he', 'hi',
];

/**
 * What a sensed value of a kind may be, each in the forms its sources give it (a POSIX locale from
 * `LANG`, a BCP 47 tag from Intl), for matching a list the code keeps only in a form its own
 * function makes (hashes, packed numbers). Each entry is the name to report and its forms.
 */
export function knownValues(kind: SenseKind): { name: string; forms: string[] }[] {
  if (kind === 'timezone') {
    let zones: string[] = [];
    try {
      zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
    } catch {
      // (An older runtime: the names below still go.)
    }
    return [...new Set([...zones, ...ZONE_ALIASES])].map((z) => ({ name: z, forms: [z, z.toLowerCase()] }));
  }
  if (kind === 'locale') {
    return LOCALE_TAGS.map((t) => {
      const posix = t.replace(/-/g, '_');
      return { name: t, forms: [...new Set([t, t.toLowerCase(), posix, `${posix}.UTF-8`, posix.toLowerCase()])] };
    });
  }
  if (kind === 'geo-ip') {
    // Where a geolocation service places the address: a two-letter country code (`loc=CN`).
    return regionCodes().map((c) => ({ name: c, forms: [c, c.toLowerCase()] }));
  }
  return [];
}

let regions: string[] | undefined;
/** ISO 3166 two-letter country codes: the pairs of letters Intl names as a region. */
function regionCodes(): string[] {
  if (regions) return regions;
  const out: string[] = [];
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name && name !== code) out.push(code);
      }
    }
  } catch {
    // (A runtime without region names: none.)
  }
  return (regions = out);
}
