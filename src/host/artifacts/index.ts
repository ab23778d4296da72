import * as fs from 'fs';
import * as path from 'path';
import type { Artifact, ScanError, SourceFile } from '../../core/model';

export interface ExpandOptions {
  /** Files above this size are reported as a `limit` error instead of being read. */
  maxFileBytes?: number;
  signal?: AbortSignal;
}

export type InputEvent =
  | { type: 'artifact'; artifact: Artifact }
  | { type: 'source'; source: SourceFile }
  | { type: 'error'; error: ScanError };

const JS_EXT = /\.(c|m)?js$/i;
const DEFAULT_MAX = 64 * 1024 * 1024;

/**
 * Turns one input path (a JS file or a folder) into artifacts, JavaScript sources and errors.
 * Every failure is an `error` event for that input; the generator never throws for bad input.
 */
export async function* expandInput(input: string, opts: ExpandOptions = {}): AsyncGenerator<InputEvent> {
  const max = opts.maxFileBytes ?? DEFAULT_MAX;
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(input);
  } catch (err) {
    yield { type: 'error', error: { path: input, kind: 'read', reason: (err as Error).message } };
    return;
  }
  if (st.isDirectory()) {
    yield { type: 'artifact', artifact: { path: input, kind: 'folder' } };
    const seen = new Set<string>();
    const stack = [input];
    while (stack.length) {
      if (opts.signal?.aborted) return;
      const dir = stack.pop()!;
      let real: string;
      try {
        real = await fs.promises.realpath(dir);
      } catch (err) {
        yield { type: 'error', error: { path: dir, kind: 'read', reason: (err as Error).message } };
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch (err) {
        yield { type: 'error', error: { path: dir, kind: 'read', reason: (err as Error).message } };
        continue;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (e.isFile() && JS_EXT.test(e.name)) yield* readJs(p, input, max);
      }
    }
    return;
  }
  yield { type: 'artifact', artifact: { path: input, kind: 'js', size: st.size } };
  yield* readJs(input, input, max);
}

async function* readJs(file: string, artifact: string, max: number): AsyncGenerator<InputEvent> {
  try {
    const st = await fs.promises.stat(file);
    if (st.size > max) {
      yield { type: 'error', error: { path: file, kind: 'limit', reason: `File is ${st.size} bytes, above the ${max}-byte limit` } };
      return;
    }
    const text = await fs.promises.readFile(file, 'utf8');
    yield { type: 'source', source: { path: file, text, artifact } };
  } catch (err) {
    yield { type: 'error', error: { path: file, kind: 'read', reason: (err as Error).message } };
  }
}
