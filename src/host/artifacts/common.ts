import * as fs from 'fs';
import { createHash } from 'crypto';
import type { Artifact, ErrorKind, Finding, Inventory, ScanError, SourceFile } from '../../core/model';

export interface Limits {
  /** JavaScript files (or embedded modules) above this are a `limit` error instead of being read. */
  maxFileBytes: number;
  /** Files yielded from one folder or package. */
  maxFiles: number;
  /** Bytes of JavaScript read from one folder or package. */
  maxTotalBytes: number;
  /** Zip entries looked at in one archive. */
  maxEntries: number;
  /** Uncompressed bytes read from one archive. */
  maxArchiveBytes: number;
  /** Uncompressed / compressed size above which an entry is treated as a zip bomb. */
  maxCompressionRatio: number;
  /** Modules read from one Bun graph. */
  maxModules: number;
  /** package.json and other manifests. */
  maxManifestBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFiles: 50_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
  maxArchiveBytes: 512 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxModules: 100_000,
  maxManifestBytes: 1024 * 1024,
};

export type InputEvent =
  | { type: 'artifact'; artifact: Artifact }
  | { type: 'source'; source: SourceFile }
  | { type: 'error'; error: ScanError }
  /** A result that does not come from parsing JavaScript (e.g. strings of a native executable). */
  | { type: 'finding'; finding: Finding; inventory?: Inventory };

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function errorEvent(path: string, kind: ErrorKind, reason: string): InputEvent {
  return { type: 'error', error: { path, kind, reason } };
}

/** Names from a scanned tool go into messages: keep them printable and short. */
export function printable(s: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? clean.slice(0, max) + '…' : clean;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bundles are UTF-8 or Latin-1; an invalid UTF-8 sequence means Latin-1, never a crash. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}

export const JS_FILE = /\.(?:c|m)?js$/i;

/** Tracks sha256 of yielded sources so identical files inside one input are analysed once. */
export class SourceDedupe {
  private readonly seen = new Set<string>();
  /** Returns the source to yield, or undefined when the same bytes were already yielded. */
  make(path: string, bytes: Uint8Array, artifact: string): SourceFile | undefined {
    const hash = sha256Hex(bytes);
    if (this.seen.has(hash)) return undefined;
    this.seen.add(hash);
    return { path, text: decodeText(bytes), artifact, sha256: hash };
  }
}

/** Opening never waits on a FIFO or a device (the name may have been swapped for one since it was listed). */
export const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a file that may change under the scan: what is opened must still be a regular file within
 * the limit (a name listed as a file may since have become a symlink to /dev/zero, a FIFO or a
 * larger file), and it is read from the open handle only up to the size it had when opened. A file
 * that grows or shrinks while it is read is an error for that file, never a silent partial read.
 */
export async function readBounded(file: string, max: number): Promise<{ bytes: Buffer } | { kind: 'read' | 'limit' | 'unsupported'; reason: string }> {
  let fh: fs.promises.FileHandle | undefined;
  try {
    fh = await fs.promises.open(file, OPEN_FLAGS);
    const st = await fh.stat();
    if (!st.isFile()) return { kind: 'unsupported', reason: 'not a regular file when opened (it changed while the scan ran)' };
    if (st.size > max) return { kind: 'limit', reason: `File is ${st.size} bytes, above the ${max}-byte limit` };
    const bytes = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const { bytesRead } = await fh.read(bytes, at, st.size - at, at);
      if (!bytesRead) break;
      at += bytesRead;
    }
    const probe = await fh.read(Buffer.alloc(1), 0, 1, at);
    if (at !== st.size || probe.bytesRead) return { kind: 'read', reason: 'the file changed while it was read; scan again' };
    return { bytes };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { kind: 'read', reason: e.code === 'ENOENT' ? 'the file was removed during the scan' : e.code === 'ELOOP' ? 'symbolic link loop' : e.message };
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
