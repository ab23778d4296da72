import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundledPackages, noticesText } = require(path.join(root, 'test', 'tools', 'notices.js')) as {
  bundledPackages(root: string, metafiles: esbuild.Metafile[]): string[];
  noticesText(dirs: string[]): string;
};

describe('third-party notices', () => {
  it('name every runtime dependency bundled into the CLI and the extension, with its licence text', async () => {
    const built = await esbuild.build({
      entryPoints: ['src/cli/main.ts', 'src/extension/extension.ts', 'src/host/worker.ts'],
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      outdir: 'out-notices',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const dirs = bundledPackages(root, [built.metafile]);
    const text = noticesText(dirs);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies)) {
      const dir = path.join(root, 'node_modules', dep);
      const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
      assert.ok(text.includes(`## ${dep} ${version} (`), `${dep} ${version} is listed`);
      const licence = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').trim();
      assert.ok(text.includes(licence), `${dep}'s licence text is there`);
    }
  });

  it('refuse a bundled package that has no licence file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-notices-'));
    try {
      const pkg = path.join(dir, 'node_modules', 'unlicensed');
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'unlicensed', version: '1.0.0' }));
      fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = 1;');
      const dirs = bundledPackages(dir, [{ inputs: { 'node_modules/unlicensed/index.js': { bytes: 1, imports: [] } }, outputs: {} }]);
      assert.deepStrictEqual(dirs, [pkg]);
      assert.throws(() => noticesText(dirs), /unlicensed is bundled but has no licence file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
