import * as fs from 'fs';
import * as path from 'path';
import { sniffExecutable } from './binary';
import { DEFAULT_LIMITS, errorEvent, JS_FILE, SourceDedupe, type InputEvent, type Limits, readBounded } from './common';
import { expandExecutable } from './executable';
import { expandFolder, looksLikeScript, readHead } from './folder';
import { expandVsix } from './vsix';
import { expandTarball, isGzip } from './tarball';

export type { InputEvent, Limits } from './common';
export { DEFAULT_LIMITS } from './common';
export { nativeStrings, nativeInventory, type NativeStrings } from './native';
export { embeddedVersion } from './executable';
export { isGzip, tarballManifest } from './tarball';

export interface ExpandOptions {
  /** Files above this size are reported as a `limit` error instead of being read. */
  maxFileBytes?: number;
  /** Other caps (archive entries, zip-bomb ratio, …); defaults in DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  signal?: AbortSignal;
}

function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/**
 * Turns one input path into artifacts, JavaScript sources, non-JS findings and errors: a JS file,
 * a folder or npm package, an npm tarball (.tgz), a VSIX, or an executable (Bun graph, Node SEA, native). The kind comes
 * from the bytes, not the name. Every failure is an `error` event for that input; the generator
 * never throws for bad input.
 */
export async function* expandInput(input: string, opts: ExpandOptions = {}): AsyncGenerator<InputEvent> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...(opts.maxFileBytes ? { maxFileBytes: opts.maxFileBytes } : {}), ...opts.limits };
  const dedupe = new SourceDedupe();
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(input);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    yield errorEvent(input, 'read', e.code === 'ELOOP' ? 'symbolic link loop' : e.message);
    return;
  }
  if (st.isDirectory()) {
    yield* expandFolder(input, limits, dedupe, opts.signal);
    return;
  }
  if (!st.isFile()) {
    yield errorEvent(input, 'unsupported', 'not a regular file or folder');
    return;
  }
  const head = await readHead(input, 4096);
  if (!head) {
    yield errorEvent(input, 'read', 'cannot be opened for reading');
    return;
  }
  if (isZip(head)) {
    yield* expandVsix(input, limits, dedupe, opts.signal);
    return;
  }
  if (isGzip(head)) {
    yield* expandTarball(input, st, limits, dedupe, opts.signal);
    return;
  }
  const fmt = sniffExecutable(head);
  if (fmt) {
    yield* expandExecutable(input, fmt, limits, dedupe, opts.signal);
    return;
  }
  if (/\.vsix$/i.test(input)) {
    yield { type: 'artifact', artifact: { path: input, kind: 'vsix', size: st.size, analysis: 'none' } };
    yield errorEvent(input, 'container', 'named .vsix but is not a zip archive');
    return;
  }
  if (JS_FILE.test(input) || looksLikeScript(head)) {
    yield { type: 'artifact', artifact: { path: input, kind: 'js', size: st.size } };
    if (st.size > limits.maxFileBytes) {
      yield errorEvent(input, 'limit', `File is ${st.size} bytes, above the ${limits.maxFileBytes}-byte limit`);
      return;
    }
    const read = await readBounded(input, limits.maxFileBytes);
    if ('bytes' in read) {
      const source = dedupe.make(input, read.bytes, input);
      if (source) yield { type: 'source', source };
    } else yield errorEvent(input, read.kind, read.reason);
    return;
  }
  yield errorEvent(input, 'unsupported', `${path.basename(input)} is not JavaScript, a folder, an npm tarball, a VSIX or an executable Candor can read`);
}
