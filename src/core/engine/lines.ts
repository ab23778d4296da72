import type { Location } from '../model';

/**
 * Maps offsets to 1-based line/column on demand. Parsing runs with `locations` off (it costs
 * time and memory on 20 MB bundles); the few offsets a report needs are looked up here.
 */
export class LineIndex {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string, readonly path: string) {}

  private build(): Uint32Array {
    // Straight into a typed array that doubles as it fills: a million-line bundle's starts pushed
    // on a number[] and then copied through an iterator cost twice as much.
    const t = this.text;
    let starts = new Uint32Array(1024);
    let n = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) {
      if (n === starts.length) {
        const grown = new Uint32Array(n * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = i + 1;
    }
    return starts.slice(0, n);
  }

  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= this.build());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /**
   * Positions of many offsets in one forward pass over the text, without an index of every
   * line start (a 26 MB bundle can have a million lines; a report needs a few hundred offsets).
   */
  positions(offsets: number[]): Map<number, { line: number; column: number }> {
    const out = new Map<number, { line: number; column: number }>();
    if (this.starts) {
      for (const o of offsets) out.set(o, this.position(o));
      return out;
    }
    const sorted = [...new Set(offsets)].sort((a, b) => a - b);
    const t = this.text;
    let line = 1;
    let lineStart = 0;
    let next = t.indexOf('\n');
    for (const o of sorted) {
      while (next !== -1 && next < o) {
        line++;
        lineStart = next + 1;
        next = t.indexOf('\n', lineStart);
      }
      out.set(o, { line, column: o - lineStart + 1 });
    }
    return out;
  }

  location(start: number, end: number): Location {
    const { line, column } = this.position(start);
    return { path: this.path, line, column, offset: start, endOffset: end };
  }
}
