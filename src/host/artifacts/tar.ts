import * as fs from 'fs';
import * as zlib from 'zlib';

/**
 * Streams the files of a gzipped tar (a SEA asset such as Copilot CLI's `copilot.tgz`) without
 * writing anything to disk. Only entries `want` accepts are buffered; everything else is skipped
 * as it streams by, so memory stays at one wanted file plus a chunk.
 */
export interface TarFile {
  name: string;
  bytes?: Buffer;
  /** Why a wanted entry was not read (size limit). */
  skipped?: string;
}

export interface TarLimits {
  maxFileBytes: number;
  /** Uncompressed bytes streamed through before giving up. */
  maxTotalBytes: number;
  maxEntries: number;
}

export class TarError extends Error {}

export async function* readTarGz(
  path: string,
  start: number,
  length: number,
  want: (name: string) => boolean,
  limits: TarLimits,
): AsyncGenerator<TarFile> {
  const raw = fs.createReadStream(path, { start, end: start + length - 1, highWaterMark: 1024 * 1024 });
  const gunzip = zlib.createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  raw.pipe(gunzip);

  let buf: Buffer = Buffer.alloc(0);
  let total = 0;
  let entries = 0;
  // parser state
  let remaining = 0; // data bytes left in the current entry
  let padding = 0;
  let current: { name: string; chunks?: Buffer[]; got: number } | undefined;
  let longName: string | undefined;
  let paxPath: string | undefined;
  let meta: { kind: 'L' | 'x'; chunks: Buffer[] } | undefined;
  let zeroBlocks = 0;

  try {
    for await (const chunk of gunzip) {
      total += (chunk as Buffer).length;
      if (total > limits.maxTotalBytes) throw new TarError(`archive inflates past ${limits.maxTotalBytes} bytes; the rest was not read`);
      buf = buf.length ? Buffer.concat([buf, chunk as Buffer]) : (chunk as Buffer);
      let pos = 0;
      for (;;) {
        if (remaining > 0) {
          const take = Math.min(remaining, buf.length - pos);
          if (take <= 0) break;
          const part = buf.subarray(pos, pos + take);
          if (meta) meta.chunks.push(Buffer.from(part));
          else if (current?.chunks) current.chunks.push(Buffer.from(part));
          pos += take;
          remaining -= take;
          if (remaining > 0) break;
        }
        if (padding > 0) {
          const take = Math.min(padding, buf.length - pos);
          pos += take;
          padding -= take;
          if (padding > 0) break;
        }
        if (meta) {
          const text = Buffer.concat(meta.chunks).toString('utf8');
          if (meta.kind === 'L') longName = text.replace(/\0.*$/s, '');
          else {
            const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text);
            if (m) paxPath = m[1];
          }
          meta = undefined;
        } else if (current) {
          const done = current;
          current = undefined;
          if (done.chunks) yield { name: done.name, bytes: Buffer.concat(done.chunks) };
        }
        if (buf.length - pos < 512) break;
        const h = buf.subarray(pos, pos + 512);
        pos += 512;
        if (h.every((b) => b === 0)) {
          if (++zeroBlocks >= 2) return;
          continue;
        }
        zeroBlocks = 0;
        if (++entries > limits.maxEntries) throw new TarError(`more than ${limits.maxEntries} entries; the rest was not read`);
        const size = parseOctal(h.subarray(124, 136));
        if (size === undefined) throw new TarError('corrupt tar header (size field)');
        const type = String.fromCharCode(h[156] || 0x30);
        const prefix = cstr(h.subarray(345, 500));
        const name = paxPath ?? longName ?? (prefix ? `${prefix}/${cstr(h.subarray(0, 100))}` : cstr(h.subarray(0, 100)));
        remaining = size;
        padding = (512 - (size % 512)) % 512;
        if (type === 'L' || type === 'x') {
          if (size > 1024 * 1024) throw new TarError('oversized tar metadata header');
          meta = { kind: type, chunks: [] };
          continue;
        }
        longName = undefined;
        paxPath = undefined;
        if (type !== '0' && type !== '7') continue; // links, folders, devices: nothing to read
        if (!want(name)) {
          current = { name, got: 0 };
        } else if (size > limits.maxFileBytes) {
          yield { name, skipped: `entry is ${size} bytes, above the ${limits.maxFileBytes}-byte limit` };
          current = { name, got: 0 };
        } else {
          current = { name, chunks: [], got: 0 };
        }
        if (size === 0) {
          const done = current;
          current = undefined;
          if (done.chunks) yield { name, bytes: Buffer.alloc(0) };
        }
      }
      buf = buf.subarray(pos);
    }
    if (remaining > 0 || current) throw new TarError('tar archive ends in the middle of an entry: truncated');
  } catch (err) {
    if (err instanceof TarError) throw err;
    throw new TarError(`gzip/tar stream broken: ${(err as Error).message}`);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

function cstr(b: Buffer): string {
  const end = b.indexOf(0);
  return b.toString('utf8', 0, end === -1 ? b.length : end);
}

function parseOctal(b: Buffer): number | undefined {
  // GNU base-256 for sizes above 8 GiB
  if (b[0] & 0x80) return undefined;
  const s = cstr(b).trim();
  if (!/^[0-7]*$/.test(s)) return undefined;
  return s ? parseInt(s, 8) : 0;
}
