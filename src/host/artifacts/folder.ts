import * as fs from 'fs';
import * as path from 'path';
import { sniffExecutable } from './binary';
import { errorEvent, JS_FILE, OPEN_FLAGS, printable, readBounded, SourceDedupe, type InputEvent, type Limits } from './common';
import { entryPoints, isSkippedSegment } from './entries';
import { expandExecutable } from './executable';

/** Files that are never JavaScript nor an executable worth sniffing. */
const NOT_CODE = /\.(?:d\.ts|ts|map|json|md|txt|png|jpe?g|gif|svg|ico|woff2?|ttf|eot|css|html?|wasm|node|so|dylib|dll|a|lib|pdb|zip|gz|tgz|br|lock|ya?ml|toml|py|pyc|sh|ps1|cmd|bat)$/i;
const MIN_EXECUTABLE = 64 * 1024;

export async function readManifest(file: string, max: number): Promise<{ manifest?: Record<string, unknown>; error?: string }> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile()) return { error: 'not a file' };
    if (st.size > max) return { error: `package.json is ${st.size} bytes, above the ${max}-byte limit` };
    const read = await readBounded(file, max);
    if (!('bytes' in read)) return { error: read.reason };
    const parsed = JSON.parse(read.bytes.toString('utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: 'package.json is not an object' };
    return { manifest: parsed as Record<string, unknown> };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return {};
    return { error: e.message };
  }
}

interface Budget {
  files: number;
  bytes: number;
  stopped: boolean;
}

/**
 * A folder or npm package: entry points first, then every JavaScript file and embedded
 * executable (platform packages such as `@github/copilot-linux-x64` carry one), skipping test
 * folders and the dev-only dependencies of the root package. Symlinked folders are followed once.
 */
export async function* expandFolder(root: string, limits: Limits, dedupe: SourceDedupe, signal?: AbortSignal): AsyncGenerator<InputEvent> {
  const { manifest, error } = await readManifest(path.join(root, 'package.json'), limits.maxManifestBytes);
  const name = typeof manifest?.name === 'string' ? printable(manifest.name, 120) : undefined;
  const version = typeof manifest?.version === 'string' ? printable(manifest.version, 40) : undefined;
  yield {
    type: 'artifact',
    artifact: { path: root, kind: manifest ? 'package' : 'folder', note: name ? `${name}${version ? '@' + version : ''}` : undefined },
  };
  if (error) yield errorEvent(path.join(root, 'package.json'), 'parse', error);

  const budget: Budget = { files: 0, bytes: 0, stopped: false };
  const done = new Set<string>();
  let rootReal: string;
  try {
    rootReal = await fs.promises.realpath(root);
  } catch (err) {
    yield errorEvent(root, 'read', (err as Error).message);
    return;
  }

  if (manifest) {
    for (const rel of entryPoints(manifest)) {
      for (const cand of [rel, `${rel}.js`, `${rel}/index.js`]) {
        const p = path.join(root, cand);
        const real = await fs.promises.realpath(p).catch(() => undefined);
        if (!real || done.has(real) || !(real === rootReal || real.startsWith(rootReal + path.sep))) continue;
        const st = await fs.promises.stat(real).catch(() => undefined);
        if (!st?.isFile()) continue;
        done.add(real);
        yield* readFileEntry(p, st.size, root, limits, dedupe, budget, true, signal);
        break;
      }
    }
  }

  const devOnly = new Set<string>();
  if (manifest?.devDependencies && typeof manifest.devDependencies === 'object') {
    const deps = (manifest.dependencies && typeof manifest.dependencies === 'object' ? manifest.dependencies : {}) as Record<string, unknown>;
    for (const d of Object.keys(manifest.devDependencies as object)) if (!(d in deps)) devOnly.add(d);
  }

  const seenDirs = new Set<string>();
  const stack = [root];
  while (stack.length && !budget.stopped) {
    if (signal?.aborted) return;
    const dir = stack.pop()!;
    let real: string;
    try {
      real = await fs.promises.realpath(dir);
    } catch (err) {
      yield errorEvent(dir, 'read', (err as Error).message);
      continue;
    }
    if (seenDirs.has(real)) continue;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (err) {
      yield errorEvent(dir, 'read', (err as Error).message);
      continue;
    }
    // reverse order on the stack so folders are walked alphabetically
    entries.sort((a, b) => b.name.localeCompare(a.name));
    const files: Array<{ p: string; size: number }> = [];
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let size = 0;
      if (e.isSymbolicLink() || isFile) {
        try {
          const st = await fs.promises.stat(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
          size = st.size;
        } catch (err) {
          yield errorEvent(p, 'read', (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : (err as Error).message);
          continue;
        }
      }
      if (isDir) {
        if (isSkippedSegment(e.name)) continue;
        const topModules = path.join(root, 'node_modules');
        const pkg = dir === topModules ? e.name : path.dirname(dir) === topModules ? `${path.basename(dir)}/${e.name}` : undefined;
        if (pkg && devOnly.has(pkg)) continue;
        stack.push(p);
      } else if (isFile) files.push({ p, size });
    }
    files.reverse();
    for (const f of files) {
      const real = await fs.promises.realpath(f.p).catch(() => f.p);
      if (done.has(real)) continue;
      done.add(real);
      yield* readFileEntry(f.p, f.size, root, limits, dedupe, budget, false, signal);
      if (budget.stopped) break;
    }
  }
}

async function* readFileEntry(
  file: string,
  size: number,
  artifact: string,
  limits: Limits,
  dedupe: SourceDedupe,
  budget: Budget,
  entryPoint: boolean,
  signal?: AbortSignal,
): AsyncGenerator<InputEvent> {
  const base = path.basename(file);
  const isJs = JS_FILE.test(base);
  if (!isJs) {
    if (NOT_CODE.test(base)) return;
    if (!entryPoint && size < MIN_EXECUTABLE) return;
    const head = await readHead(file, 4096);
    if (!head) return;
    const fmt = sniffExecutable(head);
    if (fmt) {
      yield* expandExecutable(file, fmt, limits, dedupe, signal);
      return;
    }
    // extension-less bin scripts (`#!/usr/bin/env node`)
    if (!(entryPoint && looksLikeScript(head))) return;
  }
  if (++budget.files > limits.maxFiles) {
    budget.stopped = true;
    yield errorEvent(artifact, 'limit', `more than ${limits.maxFiles} files; the rest was not read`);
    return;
  }
  if (size > limits.maxFileBytes) {
    yield errorEvent(file, 'limit', `File is ${size} bytes, above the ${limits.maxFileBytes}-byte limit`);
    return;
  }
  if (budget.bytes + size > limits.maxTotalBytes) {
    budget.stopped = true;
    yield errorEvent(artifact, 'limit', `more than ${limits.maxTotalBytes} bytes of JavaScript; the rest was not read`);
    return;
  }
  budget.bytes += size;
  const read = await readBounded(file, limits.maxFileBytes);
  if ('bytes' in read) {
    const source = dedupe.make(file, read.bytes, artifact);
    if (source) yield { type: 'source', source };
  } else yield errorEvent(file, read.kind, read.reason);
}

export async function readHead(file: string, n: number): Promise<Buffer | undefined> {
  let fh: fs.promises.FileHandle | undefined;
  try {
    fh = await fs.promises.open(file, OPEN_FLAGS);
    if (!(await fh.stat()).isFile()) return undefined;
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

export function looksLikeScript(head: Buffer): boolean {
  if (head[0] !== 0x23 || head[1] !== 0x21) return false;
  const first = head.toString('latin1', 0, Math.min(head.length, 200)).split('\n')[0];
  return /\b(?:node|bun|deno|tsx|ts-node)\b/.test(first);
}
