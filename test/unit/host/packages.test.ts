import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { entryPoints } from '../../../src/host/artifacts/entries';
import { tempDir, write } from '../../support/host-fixtures';
import { expandAll } from './support';

describe('packages and folders', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('collects entry points from main, bin, exports and browser, refusing paths outside the package', () => {
    const eps = entryPoints({
      main: './lib/main.js',
      bin: { tool: 'bin/tool', other: './lib/main.js' },
      exports: { '.': { import: './esm/index.mjs', require: './lib/main.js' }, './feature': './lib/feature.cjs', './x/*': './lib/x/*.js' },
      browser: { './lib/node.js': './lib/browser.js', fs: false },
      module: '../../../etc/passwd',
    });
    assert.deepStrictEqual(eps, ['lib/main.js', 'bin/tool', 'esm/index.mjs', 'lib/feature.cjs', 'lib/browser.js']);
  });

  it('yields entry points first, skips tests, maps, .d.ts and dev-only dependencies, and reads each content once', async () => {
    const pkg = path.join(dir, 'pkg');
    write(
      path.join(pkg, 'package.json'),
      JSON.stringify({
        name: '@acme/cli',
        version: '3.1.4',
        main: 'lib/index.js',
        bin: { acme: 'bin/acme' },
        dependencies: { runtime: '1' },
        devDependencies: { mocha: '1' },
      }),
    );
    write(path.join(pkg, 'bin', 'acme'), '#!/usr/bin/env node\nrequire("../lib/index.js"); const BIN_MARK = 1;\n');
    write(path.join(pkg, 'lib', 'index.js'), 'const MAIN_MARK = process.env.HOME;');
    write(path.join(pkg, 'a', 'first.js'), 'const A = 1;');
    write(path.join(pkg, 'a', 'zz-copy-of-first.js'), 'const A = 1;');
    write(path.join(pkg, 'lib', 'index.js.map'), '{}');
    write(path.join(pkg, 'lib', 'index.d.ts'), 'export {}');
    write(path.join(pkg, 'test', 'x.test.js'), 'const TEST = 1;');
    write(path.join(pkg, 'lib', '__tests__', 'y.js'), 'const TEST2 = 1;');
    write(path.join(pkg, 'node_modules', 'runtime', 'index.js'), 'const RUNTIME_DEP = 1;');
    write(path.join(pkg, 'node_modules', 'mocha', 'index.js'), 'const DEV_DEP = 1;');
    write(path.join(pkg, 'README.md'), '# hi');
    const r = await expandAll(pkg);
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'package');
    assert.strictEqual(r.artifacts[0].note, '@acme/cli@3.1.4');
    const rel = r.sources.map((s) => path.relative(pkg, s.path));
    assert.deepStrictEqual(rel.slice(0, 2), ['lib/index.js', 'bin/acme']);
    assert.ok(rel.includes('a/first.js'));
    assert.ok(!rel.includes('a/zz-copy-of-first.js'), 'identical contents are yielded once');
    assert.ok(rel.includes('node_modules/runtime/index.js'));
    for (const skipped of ['test/x.test.js', 'lib/__tests__/y.js', 'node_modules/mocha/index.js', 'lib/index.js.map', 'lib/index.d.ts']) {
      assert.ok(!rel.includes(skipped), skipped);
    }
    for (const s of r.sources) assert.match(s.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  it('reports a symbolic link loop inside a folder without hanging, and still reads the rest', async () => {
    const root = path.join(dir, 'loopy');
    write(path.join(root, 'ok.js'), 'const OK = 1;');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.symlinkSync('b', path.join(root, 'sub', 'a'));
    fs.symlinkSync('a', path.join(root, 'sub', 'b'));
    fs.symlinkSync('..', path.join(root, 'sub', 'parent')); // a cycle through a real folder
    const r = await expandAll(root);
    assert.ok(r.errors.some((e) => /symbolic link loop/.test(e.reason)), JSON.stringify(r.errors));
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['const OK = 1;']);
  });

  it('caps files and bytes per package', async () => {
    const root = path.join(dir, 'many');
    for (let i = 0; i < 20; i++) write(path.join(root, `f${String(i).padStart(2, '0')}.js`), `var v${i} = ${i};`);
    const r = await expandAll(root, { limits: { maxFiles: 5 } });
    assert.strictEqual(r.sources.length, 5);
    assert.ok(r.errors.some((e) => e.kind === 'limit' && /more than 5 files/.test(e.reason)));
  });

  it('reads an extension-less node script and refuses non-JavaScript files with a clear error', async () => {
    const script = write(path.join(dir, 'tool'), '#!/usr/bin/env node\nconsole.log(1)\n');
    const s = await expandAll(script);
    assert.strictEqual(s.sources.length, 1);
    const py = write(path.join(dir, 'aider'), '#!/usr/bin/python3\nprint(1)\n');
    const p = await expandAll(py);
    assert.strictEqual(p.errors[0].kind, 'unsupported');
    const missing = await expandAll(path.join(dir, 'nope.js'));
    assert.strictEqual(missing.errors[0].kind, 'read');
  });
});
