import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(ts|js|mjs|cjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

const importsOf = (text: string) => [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layout boundaries', () => {
  it('imports vscode only under src/extension/', () => {
    const offenders = files(path.join(root, 'src'))
      .filter((f) => !f.startsWith(path.join(root, 'src', 'extension') + path.sep))
      .filter((f) => importsOf(fs.readFileSync(f, 'utf8')).includes('vscode'));
    assert.deepStrictEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('keeps src/core free of file system, network and process access', () => {
    const banned = /^(node:)?(fs|fs\/promises|net|http|https|http2|tls|dgram|dns|child_process|worker_threads|cluster|vscode)$/;
    const offenders: string[] = [];
    for (const f of files(path.join(root, 'src', 'core'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of importsOf(text)) if (banned.test(m)) offenders.push(`${path.relative(root, f)} imports ${m}`);
      if (/\bprocess\.(env|argv|exit|cwd)\b/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, ''))) offenders.push(`${path.relative(root, f)} touches process`);
    }
    assert.deepStrictEqual(offenders, []);
  });
});
