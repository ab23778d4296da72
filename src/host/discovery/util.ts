import { readBounded } from '../artifacts/common';
import * as fs from 'fs';
import * as path from 'path';
import type { ErrorKind, ScanError } from '../../core/model';

export function compareVersions(a: string | undefined, b: string | undefined): number {
  const parse = (v: string | undefined) => {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?/.exec(v ?? '');
    return m ? { nums: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], pre: m[4] } : undefined;
  };
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  for (let i = 0; i < 3; i++) if (pa.nums[i] !== pb.nums[i]) return pa.nums[i] - pb.nums[i];
  if (pa.pre === pb.pre) return 0;
  if (!pa.pre) return 1; // a release outranks its prereleases
  if (!pb.pre) return -1;
  return pa.pre.localeCompare(pb.pre, 'en', { numeric: true });
}

export function scanError(p: string, kind: ErrorKind, reason: string): ScanError {
  return { path: p, kind, reason };
}

export function errReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ELOOP') return 'symbolic link loop';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  return e?.message ?? String(err);
}

/** Lists a folder, or undefined when it does not exist; other failures become a ScanError. */
export async function listDir(dir: string, errors: ScanError[], max = 10_000): Promise<fs.Dirent[] | undefined> {
  try {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true });
    if (entries.length > max) {
      errors.push(scanError(dir, 'limit', `${entries.length} entries; only the first ${max} were looked at`));
      return entries.sort((a, b) => a.name.localeCompare(b.name)).slice(0, max);
    }
    return entries.sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    errors.push(scanError(dir, 'read', errReason(err)));
    return undefined;
  }
}

export async function isDir(p: string): Promise<boolean> {
  return fs.promises.stat(p).then((s) => s.isDirectory(), () => false);
}

export async function isFile(p: string): Promise<boolean> {
  return fs.promises.stat(p).then((s) => s.isFile(), () => false);
}

/** Reads a package.json with a size cap; returns undefined when missing or malformed. */
export async function readJsonManifest(file: string, max = 1024 * 1024): Promise<{ manifest?: Record<string, unknown>; error?: string }> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile()) return {};
    if (st.size > max) return { error: `${path.basename(file)} is ${st.size} bytes, above the ${max}-byte limit` };
    const read = await readBounded(file, max);
    if (!('bytes' in read)) return { error: `${path.basename(file)}: ${read.reason}` };
    const v = JSON.parse(read.bytes.toString('utf8')) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: `${path.basename(file)} is not a JSON object` };
    return { manifest: v as Record<string, unknown> };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    return { error: errReason(err) };
  }
}

export function shortString(v: unknown, max = 200): string | undefined {
  if (typeof v !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const s = v.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (!s) return undefined;
  return s.length > max ? s.slice(0, max) + '…' : s;
}

/** `~/x` with the given home; the home path itself shown as `~` in foundBy strings. */
export function expandHome(p: string, home: string): string {
  return p === '~' ? home : p.startsWith('~/') ? path.join(home, p.slice(2)) : p;
}

export function tildify(p: string, home: string): string {
  return home && (p === home || p.startsWith(home + path.sep) || p.startsWith(home + '/')) ? '~' + p.slice(home.length) : p;
}
