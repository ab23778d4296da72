/**
 * `npm run test:electron`: the same extension-host suite (out/test/extension/index.js) in desktop
 * VS Code through @vscode/test-electron, for machines that have VS Code (VSCODE_EXECUTABLE_PATH)
 * or can download it. Machines without either get a clear error at once instead of a hang; they
 * run the suite in code-server with `npm run test:extension`.
 */
import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const log = (msg: string): void => {
  process.stderr.write(`[test:electron] ${msg}\n`);
};

/** Whether VS Code's download server answers within a few seconds. */
function canDownload(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = https.request('https://update.code.visualstudio.com/api/releases/stable', { method: 'HEAD', timeout: 8_000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (vscodeExecutablePath && !fs.existsSync(vscodeExecutablePath)) {
    throw new Error(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist`);
  }
  if (!vscodeExecutablePath && !(await canDownload())) {
    throw new Error(
      'no VS Code to run: VSCODE_EXECUTABLE_PATH is not set and update.code.visualstudio.com cannot be reached. ' +
        'Set VSCODE_EXECUTABLE_PATH to a VS Code executable, or use `npm run test:extension` (code-server, works offline).',
    );
  }
  const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'extension', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} does not exist: run \`npx tsc -p .\` first`);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-electron-workspace-'));
  fs.writeFileSync(path.join(workspace, 'README.md'), '# fixture workspace for the extension-host tests\n');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-electron-user-'));
  try {
    return await runTests({
      vscodeExecutablePath,
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

const timeoutSeconds = Number(process.env.CANDOR_ELECTRON_TIMEOUT ?? 900);
const timer = setTimeout(() => {
  log(`FAILED: VS Code did not finish the suite within ${timeoutSeconds}s (set CANDOR_ELECTRON_TIMEOUT to change the limit)`);
  process.exit(1);
}, timeoutSeconds * 1000);
timer.unref();

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    log(`FAILED: ${err.message}`);
    process.exit(1);
  },
);
