#!/usr/bin/env node
// Bundles the CLI, the extension, the scan worker and the trust panel's page with esbuild.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { bundledPackages, noticesText } = require('./notices');

const root = path.resolve(__dirname, '..', '..');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

const nodeEntries = [
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  { in: 'src/host/worker.ts', out: 'worker' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

async function main() {
  const metafiles = [];
  const node = await esbuild.build({
    ...common,
    metafile: true,
    entryPoints: nodeEntries,
    outdir: 'dist',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
  });
  metafiles.push(node.metafile);
  if (fs.existsSync(path.join(root, 'src/webview/panel.ts'))) {
    const page = await esbuild.build({
      ...common,
      metafile: true,
      entryPoints: [{ in: 'src/webview/panel.ts', out: 'panel' }],
      outdir: 'media/dist',
      platform: 'browser',
      target: 'es2022',
      format: 'iife',
    });
    metafiles.push(page.metafile);
    copyCodicons();
  }
  const codicons = path.join(root, 'node_modules', '@vscode', 'codicons');
  fs.writeFileSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.md'), noticesText([...bundledPackages(root, metafiles), codicons].sort()));
  const cli = path.join(root, 'dist', 'cli.js');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
  await writeSchemas();
}

// The codicon font and its stylesheet, served to the page from media/dist (no remote resources): the
// page links the stylesheet with the id vscode-elements' icons look for, and the font is allowed by
// the webview's font-src.
function copyCodicons() {
  const from = path.join(root, 'node_modules', '@vscode', 'codicons', 'dist');
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, f), path.join(root, 'media', 'dist', f));
}

// The JSON Schemas of candor.policy.json, .candor/reviews.json (for editors: package.json's
// jsonValidation) and the catalog's disclosure records, written from the same constants the validators live beside.
async function writeSchemas() {
  const out = await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['src/core/review/schemas.ts'], platform: 'node', format: 'cjs', write: false });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  const dir = path.join(root, 'dist', 'schemas');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(mod.exports.SCHEMA_FILES)) fs.writeFileSync(path.join(dir, name), JSON.stringify(schema, null, 2) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
