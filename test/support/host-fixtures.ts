import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yazl from 'yazl';
import { FIXTURE_CACHE } from './npm-fixtures';

/**
 * Builders for host fixtures made inside the tests: temp folders, VSIX archives (yazl), real Bun
 * and Node SEA executables. The build tools (`bun`, `postject`) are installed from the npm
 * registry into a cache outside the repo, never into the project's node_modules.
 */
export const TOOL_CACHE = path.join(FIXTURE_CACHE, 'tools');

export function tempDir(prefix = 'candor-host-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function write(file: string, text: string | Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** A CLI installed globally under an npm prefix: its package and the `bin/` link to its entry. Returns the bin folder. */
export function globalCli(prefix: string, name: string, version: string, bin: string): string {
  const pkg = path.join('lib', 'node_modules', ...name.split('/'));
  write(path.join(prefix, pkg, 'package.json'), JSON.stringify({ name, version }));
  write(path.join(prefix, pkg, 'index.js'), 'console.log(1)');
  fs.mkdirSync(path.join(prefix, 'bin'), { recursive: true });
  fs.symlinkSync(path.join('..', pkg, 'index.js'), path.join(prefix, 'bin', bin));
  return path.join(prefix, 'bin');
}

/** `npm pack` of a package folder into `dest`, its scripts never run; returns the tarball's path. */
export function npmPack(pkg: string, dest: string): string {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const name = execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', dest], { cwd: pkg, encoding: 'utf8' }).trim().split('\n').pop()!;
  return path.join(dest, name);
}

function toolBin(name: string): string {
  return path.join(TOOL_CACHE, 'node_modules', '.bin', name);
}

/** Installs `bun` and `postject` into the cache once (idempotent). */
export function ensureBuildTools(): { bun: string; postject: string } {
  const done = path.join(TOOL_CACHE, '.complete');
  if (!fs.existsSync(done) || !fs.existsSync(toolBin('bun')) || !fs.existsSync(toolBin('postject'))) {
    fs.mkdirSync(TOOL_CACHE, { recursive: true });
    execFileSync('npm', ['install', '--prefix', TOOL_CACHE, '--no-audit', '--no-fund', '--no-save', 'bun', 'postject'], {
      stdio: 'ignore',
      timeout: 15 * 60 * 1000,
    });
    fs.writeFileSync(done, new Date().toISOString());
  }
  return { bun: toolBin('bun'), postject: path.join(TOOL_CACHE, 'node_modules', 'postject', 'dist', 'cli.js') };
}

/** `bun build --compile` of one JS file; returns the executable's path. */
export function buildBunExecutable(dir: string, source: string, name = 'app', extraArgs: string[] = []): string {
  const { bun } = ensureBuildTools();
  const entry = write(path.join(dir, `${name}.js`), source);
  const out = path.join(dir, name);
  execFileSync(bun, ['build', '--compile', ...extraArgs, entry, '--outfile', out], { cwd: dir, stdio: 'ignore', timeout: 5 * 60 * 1000 });
  return out;
}

/** A Node single executable application made with Node's own SEA config and postject. */
export function buildSeaExecutable(dir: string, source: string, name = 'seaapp', config: Record<string, unknown> = {}): string {
  const { postject } = ensureBuildTools();
  write(path.join(dir, `${name}.js`), source);
  const blob = path.join(dir, `${name}.blob`);
  write(path.join(dir, `${name}.sea.json`), JSON.stringify({ main: `${name}.js`, output: blob, disableExperimentalSEAWarning: true, ...config }));
  execFileSync(process.execPath, ['--experimental-sea-config', `${name}.sea.json`], { cwd: dir, stdio: 'ignore' });
  const out = path.join(dir, name);
  fs.copyFileSync(process.execPath, out);
  fs.chmodSync(out, 0o755);
  execFileSync(process.execPath, [postject, out, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'], {
    cwd: dir,
    stdio: 'ignore',
    timeout: 5 * 60 * 1000,
  });
  return out;
}

export interface ZipEntry {
  name: string;
  data?: string | Buffer;
  /** unix mode, e.g. 0o120777 for a symlink entry */
  mode?: number;
  compress?: boolean;
}

/** Writes a zip with yazl. Names are written as given, so hostile names can be tested. */
export async function makeZip(file: string, entries: ZipEntry[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '');
    zip.addBuffer(data, e.name, { mode: e.mode, compress: e.compress ?? true, mtime: new Date(0) });
  }
  zip.end();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(file);
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
  });
  return file;
}

/**
 * yazl refuses `..` and absolute names, as a well-kept zip writer should; a hostile archive is made
 * by writing a same-length placeholder and patching the name bytes in the local and central headers.
 */
export function patchZipName(file: string, placeholder: string, hostile: string): void {
  if (placeholder.length !== hostile.length) throw new Error('placeholder and hostile name must have the same length');
  const buf = fs.readFileSync(file);
  const from = Buffer.from(placeholder, 'latin1');
  const to = Buffer.from(hostile, 'latin1');
  let at = buf.indexOf(from);
  let n = 0;
  while (at !== -1) {
    to.copy(buf, at);
    n++;
    at = buf.indexOf(from, at + to.length);
  }
  if (n === 0) throw new Error('placeholder not found');
  fs.writeFileSync(file, buf);
}
