import { BinaryFile, ContainerError, type ExecutableLayout, type Region } from './binary';
import { errorEvent, JS_FILE, printable, SourceDedupe, type InputEvent, type Limits } from './common';
import { isSkippedSegment } from './entries';
import { readTarGz, TarError } from './tar';

/**
 * Node single executable applications: postject stores the blob as the `NODE_SEA_BLOB` ELF note,
 * Mach-O section `__POSTJECT,__NODE_SEA_BLOB` or PE RCDATA resource. Layout (node/src/node_sea.cc):
 * u32 magic, u32 flags, then size_t-prefixed code path, main script (or snapshot), optional code
 * cache, optional assets (size_t count, then key/value pairs).
 */
export const SEA_MAGIC = 0x0143da20;
export const SEA_FLAGS = { disableWarning: 1, useSnapshot: 2, useCodeCache: 4, includeAssets: 8 } as const;
export const SEA_RESOURCE = 'NODE_SEA_BLOB';
/** The fuse postject flips; `:1` means a blob was injected. */
export const SEA_FUSE = Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1', 'latin1');

export interface SeaBlob {
  region: Region;
  flags: number;
  codePath: string;
  main: { offset: number; length: number };
  assets: Array<{ name: string; offset: number; length: number }>;
}

export function seaRegion(layout: ExecutableLayout): Region | undefined {
  return (
    layout.resources.find((r) => r.name === SEA_RESOURCE) ??
    layout.sections.find((s) => s.name === '__POSTJECT,__NODE_SEA_BLOB' || s.name.endsWith(SEA_RESOURCE))
  );
}

export async function parseSeaBlob(file: BinaryFile, region: Region): Promise<SeaBlob> {
  const end = region.offset + region.size;
  if (end > file.size) throw new ContainerError(`${SEA_RESOURCE} runs past the end of the file: truncated`);
  const head = await file.read(region.offset, 8);
  const magic = head.readUInt32LE(0);
  if (magic !== SEA_MAGIC) throw new ContainerError(`${SEA_RESOURCE} has magic 0x${magic.toString(16)}, not 0x${SEA_MAGIC.toString(16)}`);
  const flags = head.readUInt32LE(4);
  // Newer Node releases put extra header bytes after the flags (e.g. a one-byte exec-argv mode);
  // the code path is a short printable string, which pins down where it starts.
  let at = await locateCodePath(file, region.offset + 8, end);
  const view = async (what: string) => {
    const len = Number((await file.read(at, 8)).readBigUInt64LE(0));
    if (!Number.isSafeInteger(len) || at + 8 + len > end) throw new ContainerError(`${SEA_RESOURCE}: ${what} length ${len} runs past the blob`);
    const v = { offset: at + 8, length: len };
    at += 8 + len;
    return v;
  };
  const cp = await view('code path');
  const codePath = cp.length <= 4096 ? (await file.read(cp.offset, cp.length)).toString('utf8') : '';
  const main = await view('main script');
  const assets: SeaBlob['assets'] = [];
  if (flags & SEA_FLAGS.useCodeCache) await view('code cache');
  if (flags & SEA_FLAGS.includeAssets) {
    const count = Number((await file.read(at, 8)).readBigUInt64LE(0));
    at += 8;
    if (!Number.isSafeInteger(count) || count > 100_000) throw new ContainerError(`${SEA_RESOURCE}: implausible asset count ${count}`);
    for (let i = 0; i < count; i++) {
      const k = await view('asset name');
      if (k.length > 4096) throw new ContainerError(`${SEA_RESOURCE}: asset name of ${k.length} bytes`);
      const name = (await file.read(k.offset, k.length)).toString('utf8');
      const v = await view('asset');
      assets.push({ name, offset: v.offset, length: v.length });
    }
  }
  return { region, flags, codePath, main, assets };
}

async function locateCodePath(file: BinaryFile, start: number, end: number): Promise<number> {
  const window = await file.read(start, Math.min(64, end - start));
  for (const skip of [0, 1, 2, 4, 8, 16]) {
    if (skip + 8 > window.length) break;
    const len = Number(window.readBigUInt64LE(skip));
    if (len === 0 && skip === 0) return start;
    if (len < 1 || len > 4096 || start + skip + 8 + len > end) continue;
    const probe = await file.read(start + skip + 8, Math.min(len, 256));
    if (/^[\x20-\x7e\u0080-\uffff]+$/.test(probe.toString('utf8'))) return start + skip;
  }
  throw new ContainerError(`${SEA_RESOURCE}: no code path after the header`);
}

export function seaVirtualPath(container: string, inner: string): string {
  return `${container}!/${inner.replace(/\\/g, '/').replace(/^\/+/, '')}`;
}

/** Yields the main script and the JavaScript assets of a SEA blob. */
export async function* readSeaSources(file: BinaryFile, blob: SeaBlob, limits: Limits, dedupe: SourceDedupe): AsyncGenerator<InputEvent> {
  if (blob.flags & SEA_FLAGS.useSnapshot) {
    yield errorEvent(file.path, 'unsupported', 'Node SEA built from a V8 startup snapshot: no plain JavaScript source, not analysed');
  } else {
    const name = printable(basenameOf(blob.codePath) || 'main.js', 300);
    yield* readPart(file, seaVirtualPath(file.path, `sea/${name}`), blob.main.offset, blob.main.length, limits, dedupe);
  }
  for (const a of blob.assets) {
    const vpath = seaVirtualPath(file.path, `sea/assets/${printable(a.name, 300)}`);
    if (JS_FILE.test(a.name)) yield* readPart(file, vpath, a.offset, a.length, limits, dedupe);
    else if (/\.(?:tgz|tar\.gz)$/i.test(a.name)) yield* readTarAsset(file, vpath, a.offset, a.length, limits, dedupe);
  }
}

/** Copilot CLI ships its whole package as a `.tgz` asset behind a small loader. */
async function* readTarAsset(file: BinaryFile, vpath: string, offset: number, length: number, limits: Limits, dedupe: SourceDedupe): AsyncGenerator<InputEvent> {
  const want = (name: string) => JS_FILE.test(name) && !name.split('/').some(isSkippedSegment);
  try {
    const tarLimits = { maxFileBytes: limits.maxFileBytes, maxTotalBytes: limits.maxArchiveBytes, maxEntries: limits.maxEntries };
    for await (const f of readTarGz(file.path, offset, length, want, tarLimits)) {
      const inner = `${vpath}!/${printable(f.name.replace(/^\/+/, ''), 500)}`;
      if (f.skipped) yield errorEvent(inner, 'limit', f.skipped);
      else if (f.bytes) {
        const source = dedupe.make(inner, f.bytes, file.path);
        if (source) yield { type: 'source', source };
      }
    }
  } catch (err) {
    yield errorEvent(vpath, err instanceof TarError ? 'container' : 'read', (err as Error).message);
  }
}

async function* readPart(file: BinaryFile, vpath: string, offset: number, length: number, limits: Limits, dedupe: SourceDedupe): AsyncGenerator<InputEvent> {
  if (length > limits.maxFileBytes) {
    yield errorEvent(vpath, 'limit', `script is ${length} bytes, above the ${limits.maxFileBytes}-byte limit`);
    return;
  }
  try {
    const source = dedupe.make(vpath, await file.read(offset, length), file.path);
    if (source) yield { type: 'source', source };
  } catch (err) {
    yield errorEvent(vpath, 'container', (err as Error).message);
  }
}

function basenameOf(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}
