/**
 * `npm run test:extension`: runs the mocha suite in test/extension/ inside a real VS Code extension
 * host (code-server 4.100.3 = VS Code 1.100.3), with Candor loaded as the extension under
 * development, and exits with the suite's result.
 *
 * The web workbench starts the tests when its URL carries `extensionDevelopmentPath` and
 * `extensionTestsPath`; it reports log lines through `window.codeAutomationLog` and the result
 * through `window.codeAutomationExit`, which we expose to the page before it loads.
 *
 * Environment: CANDOR_EXTENSION_PATH (another extension folder, to try the harness),
 * CANDOR_EXTENSION_TESTS (another compiled test entry), CANDOR_EXTENSION_TEST_TIMEOUT (seconds,
 * default 600), CANDOR_VERBOSE (show the server's own output).
 */
import * as fs from 'fs';
import * as path from 'path';
import { isolatedPath, launchBrowser, REPO_ROOT, startCodeServer, stopAll, tempDir, withTimeout } from './launch';

const log = (msg: string) => process.stderr.write(`[test:extension] ${msg}\n`);

function fixtureWorkspace(): string {
  const dir = tempDir('workspace');
  fs.writeFileSync(path.join(dir, 'README.md'), '# fixture workspace for the extension-host tests\n');
  fs.writeFileSync(path.join(dir, 'sample.js'), "const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;\nmodule.exports = zone;\n");
  return dir;
}

const LOG_DIR = path.join(REPO_ROOT, 'test-results', 'extension', 'logs');

/**
 * Lines the workbench logs on every start that say nothing about the tests (connection set-up,
 * and the marketplace it cannot reach offline); shown with CANDOR_VERBOSE.
 */
function isWorkbenchNoise(text: string): boolean {
  return /connection token|Creating a socket|\[Service Worker\]|additional builtin extensions|ChatSessionStore|open-vsx\.org|ENOTFOUND|^\s+at /.test(text);
}

async function main(): Promise<number> {
  const extensionPath = path.resolve(process.env.CANDOR_EXTENSION_PATH ?? REPO_ROOT);
  const testsPath = path.resolve(process.env.CANDOR_EXTENSION_TESTS ?? path.join(REPO_ROOT, 'out', 'test', 'extension', 'index.js'));
  if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} does not exist: compile the tests first (npx tsc -p .)`);
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (manifest.main && !fs.existsSync(path.join(extensionPath, manifest.main)) && !fs.existsSync(path.join(extensionPath, manifest.main + '.js'))) {
    throw new Error(`the extension's entry ${manifest.main} is missing in ${extensionPath}: build it first (npm run build)`);
  }

  fs.rmSync(LOG_DIR, { recursive: true, force: true });
  const started = Date.now();
  // A machine of its own: an empty home and a PATH without the user's folders, so the scan sees
  // only the tests' fixture tools, never the AI tools installed where the tests run.
  const server = await startCodeServer({ workspace: fixtureWorkspace(), env: { HOME: tempDir('home'), PATH: isolatedPath(), NPM_CONFIG_PREFIX: undefined, npm_config_prefix: undefined, NVM_DIR: undefined, VOLTA_HOME: undefined, PNPM_HOME: undefined, BUN_INSTALL: undefined, XDG_CONFIG_HOME: undefined, XDG_DATA_HOME: undefined, XDG_CACHE_HOME: undefined } });
  log(`code-server ${server.origin} ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const { page } = await launchBrowser();

  let resolveExit!: (code: number) => void;
  const exit = new Promise<number>((resolve) => (resolveExit = resolve));
  // The workbench's own log, which carries the extension host's console (mocha's report).
  await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
    const parts = Array.isArray(message) ? message : [message];
    const text = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
    if (!process.env.CANDOR_VERBOSE && isWorkbenchNoise(text)) return;
    process.stdout.write(`${level === 'error' || level === 'warn' ? `[${level}] ` : ''}${text}\n`);
  });
  // (code, logs): logs are the workbench's log files, kept for when a run needs explaining.
  await page.exposeFunction('codeAutomationExit', (code: number, logs?: Array<{ relativePath: string; contents: string }>) => {
    try {
      for (const entry of logs ?? []) {
        const file = path.join(LOG_DIR, entry.relativePath.replace(/\.\.(\/|\\)/g, ''));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, entry.contents);
      }
    } catch (err) {
      log(`could not save the workbench logs: ${(err as Error).message}`);
    }
    resolveExit(Number(code));
  });
  // Errors in the workbench itself (not the extension host) help when the suite never starts.
  page.on('pageerror', (err) => log(`workbench error: ${err.message}`));
  if (process.env.CANDOR_VERBOSE) page.on('console', (msg) => log(`console.${msg.type()}: ${msg.text()}`));

  const url = server.workbenchUrl([
    ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
    ['extensionTestsPath', server.remoteUri(testsPath)],
  ]);
  log(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // Fail fast, rather than at the time limit, when the page or the server dies under the suite.
  const died = new Promise<never>((_, reject) => {
    page.once('crash', () => reject(new Error('the workbench page crashed')));
    void server.exited.then((why) => reject(new Error(`${why} while the suite ran:\n${server.output().slice(-4000)}`)));
  });
  const code = await Promise.race([exit, died]);
  log(`suite finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return code;
}

const timeoutSeconds = Number(process.env.CANDOR_EXTENSION_TEST_TIMEOUT ?? 600);
withTimeout(
  main(),
  timeoutSeconds * 1000,
  `extension-host tests did not finish within ${timeoutSeconds}s (a test or the activation hung; set CANDOR_EXTENSION_TEST_TIMEOUT to change the limit)`,
)
  .catch((err: Error) => {
    log(`FAILED: ${err.message}`);
    return 1;
  })
  .then(async (code) => {
    await withTimeout(stopAll(), 20_000, 'cleanup took more than 20s').catch((err) => log(err.message));
    process.exit(code);
  });
