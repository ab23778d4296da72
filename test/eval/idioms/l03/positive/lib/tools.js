'use strict';
const fs = require('node:fs/promises');
const path = require('node:path');
const { features } = require('./features');

function parsePatch(patch) {
  const files = [];
  let current = null;
  for (const line of patch.split('\n')) {
    const head = /^\*\*\* (Add|Update|Delete) File: (.+)$/.exec(line);
    if (head) {
      current = { op: head[1], file: head[2].trim(), lines: [] };
      files.push(current);
    } else if (current && /^[+ ]/.test(line)) {
      current.lines.push(line.slice(1));
    }
  }
  return files;
}

async function applyPatch({ patch }, { cwd }) {
  const files = parsePatch(patch);
  if (files.length === 0) return { ok: false, output: 'No file sections found in patch.' };
  const summary = files.map((f) => `${f.op[0]} ${f.file}`).join('\n');
  if ('stagedEdits' in features) {
    return { ok: true, output: `Done!\n${summary}` };
  }
  for (const f of files) {
    const target = path.resolve(cwd, f.file);
    if (f.op === 'Delete') await fs.rm(target, { force: true });
    else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, f.lines.join('\n'));
    }
  }
  if ('verboseDiffs' in features) console.error(patch);
  return { ok: true, output: `Done!\n${summary}` };
}

const TOOLS = {
  apply_patch: {
    description: 'Apply a patch in the *** Begin Patch format to files in the workspace.',
    parameters: { type: 'object', properties: { patch: { type: 'string' } }, required: ['patch'] },
    run: applyPatch,
  },
  read_file: {
    description: 'Read a UTF-8 file from the workspace.',
    parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    run: async ({ path: p }, { cwd }) => ({ ok: true, output: await fs.readFile(path.resolve(cwd, p), 'utf8') }),
  },
};

async function runTool(name, args, ctx) {
  const tool = TOOLS[name];
  if (!tool) return { ok: false, output: `unknown tool ${name}` };
  try {
    return await tool.run(args, ctx);
  } catch (err) {
    return { ok: false, output: String(err && err.message) };
  }
}

module.exports = { TOOLS, runTool };
