import * as yauzl from 'yauzl';
import { errorEvent, JS_FILE, printable, SourceDedupe, type InputEvent, type Limits } from './common';
import { sniffExecutable } from './binary';
import { entryPoints, isSkippedSegment } from './entries';

/**
 * A VSIX (zip) read in memory, never extracted: each entry is a virtual path
 * `x.vsix!/extension/...`. Names are validated here rather than by yauzl so that one hostile
 * entry is an error for that entry and the rest of the archive is still read.
 */
export async function* expandVsix(path: string, limits: Limits, dedupe: SourceDedupe, signal?: AbortSignal): AsyncGenerator<InputEvent> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (err) {
    yield { type: 'artifact', artifact: { path, kind: 'vsix', note: 'unreadable zip', analysis: 'none' } };
    yield errorEvent(path, 'container', `not a readable zip archive: ${(err as Error).message}`);
    return;
  }
  try {
    const entries: Array<{ name: string; entry: yauzl.Entry }> = [];
    const problems: InputEvent[] = [];
    let count = 0;
    let truncated = false;
    try {
      for await (const entry of zip.eachEntry()) {
        if (signal?.aborted) return;
        if (++count > limits.maxEntries) {
          truncated = true;
          break;
        }
        const raw = entry.fileName as unknown as Buffer | string;
        const name = typeof raw === 'string' ? raw : raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
        const vpath = `${path}!/${printable(name, 500)}`;
        const bad = badEntryName(name);
        if (bad) {
          problems.push(errorEvent(vpath, 'container', `zip entry refused: ${bad}`));
          continue;
        }
        const madeBy = entry.versionMadeBy >> 8;
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
        if ((madeBy === 3 || madeBy === 19) && mode === 0o120000) {
          problems.push(errorEvent(vpath, 'container', 'zip entry refused: symbolic link'));
          continue;
        }
        if (name.endsWith('/')) continue;
        entries.push({ name, entry });
      }
    } catch (err) {
      problems.push(errorEvent(path, 'container', `zip central directory broken after ${count} entries: ${(err as Error).message}`));
    }
    const manifestEntry = entries.find((e) => e.name === 'extension/package.json');
    let manifest: Record<string, unknown> | undefined;
    let read = 0;
    if (manifestEntry) {
      const r = await readEntry(zip, manifestEntry.entry, Math.min(limits.maxManifestBytes, limits.maxFileBytes), limits.maxCompressionRatio);
      if ('error' in r) problems.push(errorEvent(`${path}!/extension/package.json`, r.kind, r.error));
      else {
        read += r.bytes.length;
        try {
          const parsed = JSON.parse(r.bytes.toString('utf8')) as unknown;
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) manifest = parsed as Record<string, unknown>;
          else problems.push(errorEvent(`${path}!/extension/package.json`, 'parse', 'package.json is not an object'));
        } catch (err) {
          problems.push(errorEvent(`${path}!/extension/package.json`, 'parse', `package.json: ${(err as Error).message}`));
        }
      }
    }
    const id = manifest && typeof manifest.publisher === 'string' && typeof manifest.name === 'string' ? `${manifest.publisher}.${manifest.name}` : undefined;
    const version = manifest && typeof manifest.version === 'string' ? manifest.version : undefined;
    yield {
      type: 'artifact',
      artifact: {
        path,
        kind: 'vsix',
        note: `${id ? printable(id, 120) + (version ? '@' + printable(version, 40) : '') + ', ' : manifest ? '' : 'no extension/package.json, '}${entries.length} entries`,
        analysis: problems.length || truncated ? 'partial' : 'full',
      },
    };
    yield* problems;
    if (truncated) yield errorEvent(path, 'limit', `archive has more than ${limits.maxEntries} entries; the rest was not read`);

    const js = entries.filter((e) => e.name.startsWith('extension/') && JS_FILE.test(e.name) && !e.name.split('/').some(isSkippedSegment));
    const first = manifest ? entryPoints(manifest).map((p) => `extension/${p}`) : [];
    const rank = (n: string) => {
      const i = first.findIndex((f) => n === f || n === `${f}.js` || n === `${f}/index.js`);
      return i === -1 ? first.length : i;
    };
    js.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
    for (const e of js) {
      if (signal?.aborted) return;
      const vpath = `${path}!/${printable(e.name, 500)}`;
      if (read + e.entry.uncompressedSize > limits.maxArchiveBytes) {
        yield errorEvent(path, 'limit', `more than ${limits.maxArchiveBytes} uncompressed bytes; the rest was not read`);
        return;
      }
      const r = await readEntry(zip, e.entry, limits.maxFileBytes, limits.maxCompressionRatio);
      if ('error' in r) {
        yield errorEvent(vpath, r.kind, r.error);
        continue;
      }
      read += r.bytes.length;
      const source = dedupe.make(vpath, r.bytes, path);
      if (source) yield { type: 'source', source };
    }
    // Some extensions ship their agent as a native binary (e.g. a bundled CLI). It cannot be
    // analysed from inside the archive without extracting it, so it is named rather than ignored.
    const candidates = entries.filter(
      (e) => e.name.startsWith('extension/') && e.entry.uncompressedSize >= 64 * 1024 && /(?:^|\/)[^./]+$|\.exe$/i.test(e.name) && !e.name.split('/').some(isSkippedSegment),
    );
    for (const e of candidates.slice(0, 100)) {
      const head = await readHeadOfEntry(zip, e.entry, 64);
      const fmt = head && sniffExecutable(head);
      if (fmt) {
        yield errorEvent(
          `${path}!/${printable(e.name, 500)}`,
          'unsupported',
          `native ${fmt.toUpperCase()} executable (${e.entry.uncompressedSize} bytes) inside the archive: not analysed here; scan the installed extension folder to read it`,
        );
      }
    }
  } finally {
    zip.close();
  }
}

async function readHeadOfEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, n: number): Promise<Buffer | undefined> {
  if (entry.isEncrypted()) return undefined;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    let got = 0;
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      got += (chunk as Buffer).length;
      if (got >= n) break;
    }
    stream.destroy();
    return Buffer.concat(chunks).subarray(0, n);
  } catch {
    return undefined;
  }
}

export function badEntryName(name: string): string | undefined {
  if (name.includes('\0')) return 'NUL in name';
  const norm = name.replace(/\\/g, '/');
  if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm)) return 'absolute path';
  if (norm.split('/').includes('..')) return 'path traversal (..)';
  return undefined;
}

type EntryRead = { bytes: Buffer } | { error: string; kind: 'limit' | 'container' };

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number, maxRatio: number): Promise<EntryRead> {
  if (entry.isEncrypted()) return { error: 'encrypted entry', kind: 'container' };
  if (entry.uncompressedSize > max) return { error: `entry is ${entry.uncompressedSize} bytes uncompressed, above the ${max}-byte limit`, kind: 'limit' };
  const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 0;
  // small files compress well for legitimate reasons; a bomb needs size and ratio
  if (ratio > maxRatio && entry.uncompressedSize > 1024 * 1024) {
    return { error: `compression ratio ${ratio === Infinity ? '∞' : Math.round(ratio)}:1 above ${maxRatio}:1 (zip bomb?)`, kind: 'limit' };
  }
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      // Declared sizes can lie; the stream is counted too.
      if (total > max || total > entry.uncompressedSize) {
        stream.destroy();
        return { error: `entry inflates past its declared size or the ${max}-byte limit`, kind: 'limit' };
      }
      chunks.push(chunk as Buffer);
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { error: `zip entry unreadable: ${(err as Error).message}`, kind: 'container' };
  }
}
