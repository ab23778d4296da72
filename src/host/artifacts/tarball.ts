import type { Stats } from 'fs';
import { errorEvent, JS_FILE, printable, SourceDedupe, type InputEvent, type Limits } from './common';
import { isSkippedSegment } from './entries';
import { readTarGz, TarError } from './tar';

/** gzip's magic bytes: what `npm pack` writes (a gzipped tar), whatever the file is called. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08;
}

/**
 * An npm tarball (`npm pack`, a registry download), read as it streams: its JavaScript files are
 * sources named `<tarball>!/package/…`, nothing is written to disk, and the archive's size, entry
 * count and each file's size are bounded. A tarball that is broken, truncated or holds no
 * JavaScript is an error for that input, never an empty (clean) result.
 */
export async function* expandTarball(input: string, st: Stats, limits: Limits, dedupe: SourceDedupe, signal?: AbortSignal): AsyncGenerator<InputEvent> {
  yield { type: 'artifact', artifact: { path: input, kind: 'package', size: st.size } };
  const want = (name: string) => JS_FILE.test(name) && !name.split('/').some(isSkippedSegment);
  const tarLimits = { maxFileBytes: limits.maxFileBytes, maxTotalBytes: limits.maxArchiveBytes, maxEntries: limits.maxEntries };
  let files = 0;
  let bytes = 0;
  try {
    for await (const f of readTarGz(input, 0, st.size, want, tarLimits)) {
      if (signal?.aborted) return;
      const inner = `${input}!/${printable(f.name.replace(/^\/+/, ''), 500)}`;
      if (f.skipped) {
        files++;
        yield errorEvent(inner, 'limit', f.skipped);
        continue;
      }
      if (!f.bytes) continue;
      files++;
      bytes += f.bytes.length;
      if (files > limits.maxFiles || bytes > limits.maxTotalBytes) {
        yield errorEvent(input, 'limit', `more than ${limits.maxFiles} JavaScript files or ${limits.maxTotalBytes} bytes of them; the rest was not read`);
        return;
      }
      const source = dedupe.make(inner, f.bytes, input);
      if (source) yield { type: 'source', source };
    }
  } catch (err) {
    yield errorEvent(input, err instanceof TarError ? 'container' : 'read', `not a readable npm tarball: ${(err as Error).message}`);
    return;
  }
  if (files === 0) yield errorEvent(input, 'unsupported', 'the tarball holds no JavaScript file Candor reads');
}

/** The package.json at the root of an npm tarball (`package/package.json`), bounded, or undefined. */
export async function tarballManifest(input: string, size: number, maxManifestBytes: number): Promise<Record<string, unknown> | undefined> {
  try {
    for await (const f of readTarGz(input, 0, size, (n) => /^[^/]+\/package\.json$/.test(n), { maxFileBytes: maxManifestBytes, maxTotalBytes: 512 * 1024 * 1024, maxEntries: 20_000 })) {
      if (f.bytes) {
        const pkg = JSON.parse(f.bytes.toString('utf8')) as unknown;
        return pkg && typeof pkg === 'object' && !Array.isArray(pkg) ? (pkg as Record<string, unknown>) : undefined;
      }
    }
  } catch {
    /* the scan reports the broken tarball */
  }
  return undefined;
}
