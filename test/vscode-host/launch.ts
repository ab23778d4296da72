/**
 * Starts a real VS Code (code-server 4.100.3, i.e. VS Code 1.100.3 server + web workbench) and a
 * real browser (Debian Chromium through playwright-core) for the extension-host and UI tests.
 *
 * Everything started here is registered for cleanup: `stopAll()` ends it, and so do SIGINT,
 * SIGTERM, an uncaught error and process exit, so no server or browser outlives a test run.
 * code-server runs in its own process group, so its extension host and helpers go with it.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CHROMIUM = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';

const log = (msg: string): void => {
  process.stderr.write(`[vscode-host] ${msg}\n`);
};

/** The cache folder test/vscode-host/setup installs into. */
export function codeServerDir(): string {
  const cache = process.env.CANDOR_VSCODE_CACHE ?? path.join(os.homedir(), '.cache', 'candor-vscode');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's entry file; a clear error when the setup script has not run. */
export function codeServerEntry(): string {
  const dir = codeServerDir();
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(path.join(dir, '.candor-setup-complete')) || !fs.existsSync(entry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${dir}: run \`npm run setup:vscode\` (test/vscode-host/setup) first`);
  }
  return entry;
}

// ---------------------------------------------------------------------------------------------
// cleanup

type Cleanup = () => Promise<void> | void;
const cleanups = new Set<Cleanup>();
const processGroups = new Set<number>();
let handlersInstalled = false;

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last resort: process exit cannot wait, so kill the process groups synchronously.
  process.on('exit', () => {
    for (const pid of processGroups) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping code-server and the browser`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** Registers something to stop; returns a function that stops it once and unregisters it. */
export function onCleanup(fn: Cleanup): () => Promise<void> {
  installHandlers();
  let done: Promise<void> | undefined;
  const run = (): Promise<void> => {
    if (!done) {
      cleanups.delete(run);
      done = Promise.resolve()
        .then(fn)
        .then(
          () => undefined,
          (err) => log(`cleanup failed: ${err instanceof Error ? err.message : err}`),
        );
    }
    return done!;
  };
  cleanups.add(run);
  return run;
}

/** Stops every server and browser still running, newest first. */
export async function stopAll(): Promise<void> {
  for (const fn of [...cleanups].reverse()) await fn();
}

/** Rejects with `message` after `ms`; the timer does not keep the process alive. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// code-server

/** A port the kernel just gave out on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway folder under the OS temp dir, removed at cleanup unless CANDOR_KEEP_TMP is set. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `candor-${prefix}-`));
  onCleanup(() => {
    if (!process.env.CANDOR_KEEP_TMP) fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

let runtimeDir: string | undefined;

/**
 * The environment code-server gets: ours without anything that would tie it to a VS Code we run in,
 * and a temp and runtime folder of its own, removed at cleanup, so the sockets VS Code makes
 * (vscode-git-*.sock, vscode-ipc-*.sock) never stay behind in the machine's /tmp.
 */
function serverEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$)/.test(k)) continue;
    env[k] = v;
  }
  // One per server run: the folder of an earlier run is gone with its cleanup.
  if (!runtimeDir || !fs.existsSync(runtimeDir)) runtimeDir = tempDir('runtime');
  return { ...env, TMPDIR: runtimeDir, XDG_RUNTIME_DIR: runtimeDir, ...extra };
}

/**
 * A PATH for a test machine: its own folders first, then Node's and the system's, never the
 * user's (where AI CLIs installed on this machine would show up in the tests' views).
 */
export function isolatedPath(...own: string[]): string {
  return [...own, path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter);
}

export interface VsCodeDirs {
  userDataDir: string;
  extensionsDir: string;
  /** code-server's config file; keeps it from writing ~/.config/code-server. */
  config: string;
}

/** Folders for one server: fresh throwaway ones, or the given ones (e.g. a fixture machine's). */
export function throwawayDirs(given?: { userDataDir: string; extensionsDir: string }): VsCodeDirs {
  const root = tempDir('vscode');
  const dirs = {
    userDataDir: given?.userDataDir ?? path.join(root, 'user-data'),
    extensionsDir: given?.extensionsDir ?? path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  fs.mkdirSync(dirs.userDataDir, { recursive: true });
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  writeUserSettings(dirs.userDataDir, {});
  return dirs;
}

/**
 * The user settings the workbench starts with: no welcome page, release notes or prompts, so it
 * opens straight to the folder; `extra` adds or overrides settings (e.g. a Candor setting).
 */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown>): void {
  const settings = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  const base = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'update.showReleaseNotes': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
  };
  fs.writeFileSync(settings, JSON.stringify({ ...base, ...extra }, null, 2));
}

function runCodeServer(args: string[], env: NodeJS.ProcessEnv | undefined): ChildProcess {
  const child = spawn(process.execPath, [codeServerEntry(), ...args], {
    cwd: codeServerDir(),
    env: serverEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, killed as a whole
  });
  // The group stays registered after the first process exits: code-server's entry process forks
  // the real server, which would outlive it if only the exited process were considered.
  if (child.pid) processGroups.add(child.pid);
  return child;
}

/** `code-server --install-extension FILE.vsix` into `dirs.extensionsDir`. */
export async function installExtension(vsix: string, dirs: VsCodeDirs, env?: NodeJS.ProcessEnv): Promise<void> {
  const child = runCodeServer(
    ['--config', dirs.config, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix, '--force'],
    env,
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = onCleanup(() => {
    killGroup(child.pid!, 'SIGKILL');
    processGroups.delete(child.pid!);
  });
  const code = await withTimeout(
    new Promise<number | null>((resolve) => child.once('exit', resolve)),
    120_000,
    `installing ${vsix} into code-server took more than 2 minutes`,
  ).finally(stop);
  if (code !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`code-server could not install ${vsix} (exit ${code}):\n${output}`);
  }
}

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  workspace: string;
  /** Extra environment, e.g. PATH with a fake npm prefix, or HOME. */
  env?: NodeJS.ProcessEnv;
  /** Reuse folders (e.g. the ones an extension was installed into); fresh ones otherwise. */
  dirs?: VsCodeDirs;
  /** Receives every line the server prints; by default only shown with CANDOR_VERBOSE. */
  onLine?: (line: string) => void;
  startTimeoutMs?: number;
  /** Ask whether to trust the workspace (default: trust is off, so no dialog blocks the tests). */
  workspaceTrust?: boolean;
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  dirs: VsCodeDirs;
  workspace: string;
  /** The server's output so far (for error messages). */
  output(): string;
  /** Resolves with a description when the server process ends (crash or stop). */
  exited: Promise<string>;
  /** `vscode-remote://127.0.0.1:PORT/abs/path`: how the web workbench names a file on the server. */
  remoteUri(absPath: string): string;
  /** The workbench URL for the workspace, with optional extra launch payload entries. */
  workbenchUrl(payload?: Array<[string, string]>): string;
  stop(): Promise<void>;
}

/** Starts code-server on a free loopback port and waits until it listens. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const dirs = options.dirs ?? throwawayDirs();
  const workspace = path.resolve(options.workspace);
  const args = [
    '--config', dirs.config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    workspace,
  ];
  const child = runCodeServer(args, options.env);
  let output = '';
  let exited = false;
  const exitedPromise = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`code-server exited (${signal ?? code})`)));
  const onLine = options.onLine ?? ((line: string) => process.env.CANDOR_VERBOSE && log(`server: ${line}`));
  const listening = new Promise<void>((resolve, reject) => {
    let buffer = '';
    const consume = (data: Buffer) => {
      output += data;
      buffer += data;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        onLine(line);
        if (line.includes('HTTP server listening on')) resolve();
      }
    };
    child.stdout!.on('data', consume);
    child.stderr!.on('data', consume);
    child.once('exit', (code, signal) => {
      exited = true;
      reject(new Error(`code-server exited (${signal ?? code}) before it listened:\n${output}`));
    });
  });

  const stop = onCleanup(async () => {
    if (!child.pid) return;
    if (!exited) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    // the forked server, the extension host and helpers share the group, and may outlive the
    // first process (e.g. when it crashed): make sure none stays behind
    killGroup(child.pid, 'SIGKILL');
    processGroups.delete(child.pid);
  });

  const timeoutMs = options.startTimeoutMs ?? 60_000;
  try {
    await withTimeout(listening, timeoutMs, `code-server did not print "HTTP server listening on" within ${timeoutMs / 1000}s:\n${output}`);
  } catch (err) {
    await stop();
    throw err;
  }

  const origin = `http://127.0.0.1:${port}`;
  const remoteUri = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
  return {
    port,
    origin,
    dirs,
    workspace,
    output: () => output,
    exited: exitedPromise,
    remoteUri,
    workbenchUrl(payload) {
      const params = new URLSearchParams({ folder: workspace });
      if (payload?.length) params.set('payload', JSON.stringify(payload));
      return `${origin}/?${params.toString()}`;
    },
    stop,
  };
}

// ---------------------------------------------------------------------------------------------
// browser

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  stop(): Promise<void>;
}

/** Debian Chromium, headless, through playwright-core (which never downloads a browser here). */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CANDOR_CHROMIUM`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false, // our own handlers stop the server too
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
  });
  const stop = onCleanup(async () => {
    await withTimeout(browser.close(), 10_000, 'closing the browser took more than 10s').catch((err) => log(err.message));
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { browser, context, page, stop };
}
