/**
 * The packaged .vsix itself: what a person installs carries Candor's licence and the notices of
 * every package bundled into it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as yauzl from 'yauzl';
import { VSIX } from './workbench';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

function readEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the packaged .vsix', () => {
  it("carries Candor's licence and a notice for each bundled dependency", async () => {
    const entries = await readEntries(VSIX);
    assert.match(entries.get('extension/LICENSE.txt')?.toString('utf8') ?? '', /^MIT License/);
    const notices = entries.get('extension/dist/THIRD-PARTY-NOTICES.md')?.toString('utf8') ?? '';
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // The trust page's controls and icons are bundled too (development dependencies of the build, shipped in media/).
    for (const dep of [...Object.keys(manifest.dependencies), '@vscode-elements/elements', 'lit', '@vscode/codicons']) assert.match(notices, new RegExp(`^## ${dep.replace(/[/.]/g, '\\$&')} \\d`, 'm'), dep);
  });

  it('carries the codicon font and stylesheet the trust page links, so it loads nothing remote', async () => {
    const entries = await readEntries(VSIX);
    assert.ok((entries.get('extension/media/dist/codicon.ttf')?.length ?? 0) > 10_000, 'codicon.ttf is missing');
    assert.match(entries.get('extension/media/dist/codicon.css')?.toString('utf8') ?? '', /@font-face[^}]*url\("\.\/codicon\.ttf/);
  });
});
