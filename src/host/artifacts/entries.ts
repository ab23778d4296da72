/**
 * Entry points named in a package.json (`main`, `bin`, `exports`, `browser`, `module`), as
 * relative paths without a leading `./`. They are read first so the code a tool actually runs is
 * analysed before anything else, and before a size or count limit could cut it off.
 */
export function entryPoints(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v !== 'string' || v.length > 1000) return;
    const rel = v.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (!rel || rel.startsWith('/') || /^[a-zA-Z]:/.test(rel) || rel.split('/').includes('..') || rel.includes('*')) return;
    if (!out.includes(rel)) out.push(rel);
  };
  add(manifest.main);
  const bin = manifest.bin;
  if (typeof bin === 'string') add(bin);
  else if (bin && typeof bin === 'object') for (const v of Object.values(bin).slice(0, 100)) add(v);
  collectExports(manifest.exports, add, 0);
  add(manifest.module);
  const browser = manifest.browser;
  if (typeof browser === 'string') add(browser);
  else if (browser && typeof browser === 'object') for (const v of Object.values(browser).slice(0, 100)) add(v);
  return out;
}

function collectExports(v: unknown, add: (v: unknown) => void, depth: number): void {
  if (depth > 8) return;
  if (typeof v === 'string') add(v);
  else if (Array.isArray(v)) for (const x of v.slice(0, 100)) collectExports(x, add, depth + 1);
  else if (v && typeof v === 'object') for (const x of Object.values(v).slice(0, 200)) collectExports(x, add, depth + 1);
}

/** Folders that hold a package's tests, fixtures or examples rather than code it runs. */
const SKIPPED = new Set(['test', 'tests', '__tests__', '__mocks__', '__fixtures__', 'fixtures', 'example', 'examples', '.git', '.github', 'coverage', '.vscode-test']);

export function isSkippedSegment(segment: string): boolean {
  return SKIPPED.has(segment.toLowerCase());
}
