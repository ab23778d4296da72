import * as fzstd from 'fzstd';
import * as zlib from 'zlib';
import { BinaryFile, ContainerError, type ExecutableLayout, type Region } from './binary';
import { errorEvent, printable, SourceDedupe, type InputEvent, type Limits } from './common';

/**
 * Bun single-file executables (`bun build --compile`). The module graph ("StandaloneModuleGraph")
 * ends with an offsets struct and the trailer below. It lives in an ELF `.bun` section, a Mach-O
 * `__BUN,__bun` section, a PE `.bun` section, or (older builds) is appended to the file.
 * The Bun runtime itself contains the trailer as a constant, which is why candidates are tried from
 * the end and each one must validate.
 */
export const BUN_TRAILER = Buffer.from('\n---- Bun! ----\n', 'latin1');

const NAME_PREFIXES = ['/$bunfs/', 'B:/~BUN/', 'B:\\~BUN\\'].map((p) => Buffer.from(p, 'latin1'));
const JS_MODULE = /\.(?:c|m)?[jt]sx?$/i;
const OFFSETS_SIZES = [32, 24];
const MAX_TABLE_BYTES = 64 * 1024 * 1024;

export interface BunModule {
  name: string;
  contentsOffset: number;
  contentsLength: number;
  bytecodeLength: number;
  /** Bun's loader enum (0 jsx, 1 js, 2 ts, 3 tsx, 5 file, 13 text…) when the record layout is known. */
  loader?: number;
}

export interface BunGraph {
  /** Absolute file offset where string pointers start counting. */
  payloadStart: number;
  recordSize: number;
  entryPointId: number;
  modules: BunModule[];
}

export type BunProbe =
  | { kind: 'graph'; graph: BunGraph }
  /** The Bun runtime is there (trailer constant), but no graph validates: a stripped or plain runtime. */
  | { kind: 'runtime-only' }
  | { kind: 'absent' };

/** Where to look: the graph's section when the format has one, otherwise the whole file. */
export function bunRegions(layout: ExecutableLayout, size: number): Region[] {
  const named = layout.sections.filter((s) => s.name === '.bun' || s.name === '__BUN,__bun');
  const valid = named.filter((s) => s.size > 0 && s.offset + s.size <= size);
  return valid.length ? [...valid, { name: 'file', offset: 0, size }] : [{ name: 'file', offset: 0, size }];
}

export async function probeBun(file: BinaryFile, regions: Region[]): Promise<BunProbe> {
  let sawTrailer = false;
  const tried = new Set<number>();
  for (const region of regions) {
    // In the whole-file fallback the graph (appended format) is near the end; the runtime's own
    // copy of the trailer is earlier, so a handful of candidates is enough.
    for await (const at of file.findBackward(BUN_TRAILER, region.offset, region.offset + region.size, 8)) {
      sawTrailer = true;
      if (tried.has(at)) continue;
      tried.add(at);
      const graph = await tryGraphAt(file, at, region.offset);
      if (graph) return { kind: 'graph', graph };
    }
  }
  return sawTrailer ? { kind: 'runtime-only' } : { kind: 'absent' };
}

async function tryGraphAt(file: BinaryFile, trailerAt: number, regionStart: number): Promise<BunGraph | undefined> {
  for (const osize of OFFSETS_SIZES) {
    if (trailerAt - osize < regionStart) continue;
    const off = await file.read(trailerAt - osize, osize);
    const byteCount = Number(off.readBigUInt64LE(0));
    const tableOffset = off.readUInt32LE(8);
    const tableLength = off.readUInt32LE(12);
    const entryPointId = off.readUInt32LE(16);
    if (byteCount <= 0 || tableLength === 0 || tableLength > MAX_TABLE_BYTES) continue;
    // The string pointers count from the start of the payload, which ends where the offsets begin.
    const payloadStart = trailerAt - osize - byteCount;
    if (payloadStart < regionStart || tableOffset + tableLength > byteCount) continue;
    const table = await file.read(payloadStart + tableOffset, tableLength);
    const graph = await calibrate(file, table, payloadStart, byteCount, entryPointId);
    if (graph) return graph;
  }
  return undefined;
}

/**
 * The record size changed between Bun releases (36 bytes, then 52 in 1.3/1.4, more may come).
 * The layout that makes every record's first pointer land on a `/$bunfs/` name is the right one.
 */
async function calibrate(file: BinaryFile, table: Buffer, payloadStart: number, byteCount: number, entryPointId: number): Promise<BunGraph | undefined> {
  const sizes: number[] = [52, 36];
  for (let s = 24; s <= 128; s += 4) if (!sizes.includes(s)) sizes.push(s);
  for (const size of sizes) {
    if (table.length % size !== 0) continue;
    const count = table.length / size;
    const modules: BunModule[] = [];
    let ok = true;
    for (let i = 0; i < count && ok; i++) {
      const r = i * size;
      const nameOff = table.readUInt32LE(r);
      const nameLen = table.readUInt32LE(r + 4);
      const contentsOffset = table.readUInt32LE(r + 8);
      const contentsLength = table.readUInt32LE(r + 12);
      const bytecodeLength = size >= 32 ? table.readUInt32LE(r + 28) : 0;
      if (nameLen < 8 || nameLen > 4096 || nameOff + nameLen > byteCount || contentsOffset + contentsLength > byteCount) {
        ok = false;
        break;
      }
      const nameBytes = await file.read(payloadStart + nameOff, nameLen);
      if (!NAME_PREFIXES.some((p) => nameBytes.subarray(0, p.length).equals(p))) {
        ok = false;
        break;
      }
      // encoding, loader, module format and side are the record's last four bytes in the known layouts
      const loader = size === 36 || size === 52 ? table[r + size - 3] : undefined;
      modules.push({ name: nameBytes.toString('utf8'), contentsOffset, contentsLength, bytecodeLength, loader });
    }
    if (ok && modules.length) return { payloadStart, recordSize: size, entryPointId, modules };
  }
  return undefined;
}

/** Entry points and chunks often have no extension (`/$bunfs/root/cli`); the loader byte says JS. */
export function isJavaScriptModule(m: BunModule): boolean {
  return JS_MODULE.test(m.name) || (m.loader !== undefined && m.loader <= 3);
}

const ZSTD_MAGIC = 0xfd2fb528;

/**
 * The most a zstd stream can inflate to, or make its decoder hold, read from its frame and block
 * headers without decoding (RFC 8878): a raw or RLE block's size is its output; a compressed block
 * inflates to at most min(window, 128 KiB); a frame that states its content size inflates to
 * exactly that, and one that does not makes the decoder hold its window. Undefined when the
 * headers are malformed. Lets a hostile stream (a 2 GB window, RLE blocks that multiply four
 * bytes by 32768) be refused before anything is allocated for it.
 */
function zstdOutputBound(data: Buffer): number | undefined {
  let at = 0;
  let total = 0;
  while (at < data.length) {
    if (at + 8 > data.length) return undefined;
    const magic = data.readUInt32LE(at);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      // Skippable frame: its length follows the magic number.
      at += 8 + data.readUInt32LE(at + 4);
      continue;
    }
    if (magic !== ZSTD_MAGIC) return undefined;
    const flags = data[at + 4];
    if (flags & 8) return undefined; // reserved bit
    const singleSegment = (flags >> 5) & 1;
    const sizeFlag = flags >> 6;
    const dictBytes = [0, 1, 2, 4][flags & 3];
    let p = at + 5;
    let window = 0;
    if (!singleSegment) {
      const d = data[p++];
      const base = 2 ** (10 + (d >> 3));
      window = base + (base / 8) * (d & 7);
    }
    p += dictBytes;
    const sizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
    let declared: number | undefined;
    if (sizeBytes) {
      if (p + sizeBytes > data.length) return undefined;
      declared = 0;
      for (let i = sizeBytes - 1; i >= 0; i--) declared = declared * 256 + data[p + i];
      if (sizeBytes === 2) declared += 256;
      p += sizeBytes;
    }
    if (singleSegment) window = declared ?? 0;
    const blockMax = Math.min(window, 131072);
    let frameBound = 0;
    for (let last = 0; !last; ) {
      if (p + 3 > data.length) return undefined;
      const h = data.readUIntLE(p, 3);
      last = h & 1;
      const type = (h >> 1) & 3;
      const size = h >>> 3;
      if (type === 3) return undefined; // reserved
      frameBound += type === 2 ? blockMax : size;
      p += 3 + (type === 1 ? 1 : size);
    }
    if (flags & 4) p += 4; // content checksum
    if (p > data.length) return undefined;
    // Without a stated size, a decoder holds a whole window as well.
    total += declared ?? Math.max(frameBound, window);
    at = p;
  }
  return total;
}

/**
 * Claude Code embeds some bundled libraries zstd-compressed. Node's zlib has zstd from 22.15; on
 * older runtimes fzstd (a small pure-JavaScript decoder) inflates them, once the headers show the
 * output stays within `max`.
 */
function inflateZstd(bytes: Buffer, max: number): Buffer | string {
  const bound = zstdOutputBound(bytes);
  if (bound === undefined) return `zstd-compressed module (${bytes.length} bytes) has malformed frame headers: not analysed`;
  if (bound > max) return `zstd-compressed module could inflate to ${bound} bytes, above the ${max}-byte limit: not analysed`;
  try {
    const z = zlib as unknown as { zstdDecompressSync?: (b: Buffer, o: { maxOutputLength: number }) => Buffer };
    if (typeof z.zstdDecompressSync === 'function') return z.zstdDecompressSync(bytes, { maxOutputLength: max });
    const out = fzstd.decompress(bytes);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    return `zstd-compressed module could not be inflated: ${(err as Error).message}`;
  }
}

export function bunVirtualPath(container: string, name: string): string {
  return `${container}!${name.startsWith('/') ? '' : '/'}${name.replace(/\\/g, '/')}`;
}

/** Yields the graph's JavaScript modules, entry point first, as `container!/$bunfs/...` sources. */
export async function* readBunModules(file: BinaryFile, graph: BunGraph, limits: Limits, dedupe: SourceDedupe): AsyncGenerator<InputEvent> {
  const order = graph.modules.map((_, i) => i);
  if (graph.entryPointId < order.length) {
    order.splice(graph.entryPointId, 1);
    order.unshift(graph.entryPointId);
  }
  let read = 0;
  for (const i of order.slice(0, limits.maxModules)) {
    const m = graph.modules[i];
    const vpath = bunVirtualPath(file.path, printable(m.name, 1000));
    if (!isJavaScriptModule(m) && i !== graph.entryPointId) continue;
    if (m.contentsLength === 0) {
      if (m.bytecodeLength > 0) yield errorEvent(vpath, 'unsupported', 'module carries bytecode only, no source: not analysed');
      continue;
    }
    if (m.contentsLength > limits.maxFileBytes) {
      yield errorEvent(vpath, 'limit', `module is ${m.contentsLength} bytes, above the ${limits.maxFileBytes}-byte limit`);
      continue;
    }
    if (read + m.contentsLength > limits.maxArchiveBytes) {
      yield errorEvent(file.path, 'limit', `module graph holds more than ${limits.maxArchiveBytes} bytes of JavaScript; the rest was not read`);
      return;
    }
    read += m.contentsLength;
    let bytes: Buffer;
    try {
      bytes = await file.read(graph.payloadStart + m.contentsOffset, m.contentsLength);
    } catch (err) {
      yield errorEvent(vpath, 'container', (err as Error).message);
      continue;
    }
    if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZSTD_MAGIC) {
      const inflated = inflateZstd(bytes, limits.maxFileBytes);
      if (typeof inflated === 'string') {
        yield errorEvent(vpath, 'unsupported', inflated);
        continue;
      }
      bytes = inflated;
    } else if (!(m.loader !== undefined && m.loader <= 3) && bytes.subarray(0, 1024).includes(0)) {
      yield errorEvent(vpath, 'unsupported', 'binary asset named like JavaScript: not analysed');
      continue;
    }
    // Bun appends a NUL after each module's contents in some versions.
    const end = bytes.length && bytes[bytes.length - 1] === 0 ? bytes.length - 1 : bytes.length;
    const source = dedupe.make(vpath, bytes.subarray(0, end), file.path);
    if (source) yield { type: 'source', source };
  }
  if (graph.modules.length > limits.maxModules) {
    yield errorEvent(file.path, 'limit', `module graph has ${graph.modules.length} modules; only the first ${limits.maxModules} were read`);
  }
}

export { ContainerError };
