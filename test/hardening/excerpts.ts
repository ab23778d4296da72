import * as fs from 'fs';
import * as path from 'path';

/** Real bundle text to mutate: slices of a few large files of pinned packages (fetched from npm into the fixture cache). */
export function realExcerpts(fetch: (spec: string) => string, bytes = 300_000): string[] {
  const out: string[] = [];
  const files: [string, string][] = [
    ['@google/gemini-cli@0.61.0', 'bundle/chunk-5FZXKDXH.js'],
    ['@qwen-code/qwen-code@0.15.10', 'cli.js'],
  ];
  for (const [spec, file] of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(fetch(spec), file), 'utf8');
    } catch {
      continue; // not fetchable here: the fixture seeds still run
    }
    // A slice from the start (module prologue) and one from the middle (whatever it cuts through).
    out.push(text.slice(0, bytes), text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + bytes));
  }
  return out;
}
