// Third-party notices: the packages esbuild bundled into Candor's output, each with its licence
// text, as their (MIT and similar) licences ask of anything that ships a copy of them.
'use strict';
const fs = require('fs');
const path = require('path');

/** The package folders (under node_modules) that the builds' inputs come from, sorted by path. */
function bundledPackages(root, metafiles) {
  const dirs = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const parts = input.split(/[\\/]/);
      const at = parts.lastIndexOf('node_modules');
      if (at < 0) continue;
      const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
      dirs.add(path.join(root, ...parts.slice(0, at + 1), ...name));
    }
  }
  // Sorted by folder path: by name for the top-level packages, a nested one after its parent.
  return [...dirs].sort();
}

/** Markdown with each package's name, version, licence and licence text. Throws for a package without a licence file. */
function noticesText(dirs) {
  const parts = ['# Third-party notices', '', 'Candor bundles the following packages. Their licences follow.', ''];
  for (const dir of dirs) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    if (!file) throw new Error(`${manifest.name} is bundled but has no licence file in ${dir}`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8').trim();
    parts.push(`## ${manifest.name} ${manifest.version} (${manifest.license ?? 'see below'})`, '', '```', text.replace(/```/g, "'''"), '```', '');
  }
  return parts.join('\n');
}

module.exports = { bundledPackages, noticesText };
