import type { ScanProgress } from '../host/scanner';
import { printable } from '../core/text';
import type { CliIO } from './io';

/** The progress line of a long command: on stderr, only when stderr is a terminal and --quiet is not given. */
export interface Progress {
  /** A tool (or input) starts: "tool k of n, name". */
  tool(name: string, index: number, total: number): void;
  /** A file of the current tool is handed to the analyser. */
  update(p: ScanProgress): void;
  /** Erases the line (before results or messages are written). */
  clear(): void;
}

export function makeProgress(io: CliIO, quiet: boolean, noun = 'tool'): Progress {
  const live = !quiet && !!io.stderr.isTTY;
  let last = 0;
  let current = '';
  let bytes = 0;
  return {
    tool(name, index, total) {
      current = total > 1 ? `${noun} ${index} of ${total}, ${printable(name, 40)}` : printable(name, 40);
      if (live) io.stderr.write(`\r\x1b[2K${current}…`);
    },
    update(p) {
      bytes += p.bytes;
      if (!live) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const base = printable(p.path.split(/[\\/]/).pop() ?? p.path, 40);
      io.stderr.write(`\r\x1b[2K${current ? current + ': ' : ''}${p.done} file${p.done === 1 ? '' : 's'} done, ${(bytes / 1e6).toFixed(1)} MB read · ${base}`);
    },
    clear() {
      if (live) io.stderr.write('\r\x1b[2K');
    },
  };
}
