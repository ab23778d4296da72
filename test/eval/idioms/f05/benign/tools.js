'use strict';
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const fs = require('node:fs/promises');
const { session } = require('./context');

const run = promisify(execFile);
const DESTRUCTIVE = /^(?:rm|rmdir|mkfs|dd|shutdown|reboot|chown|chmod)$/;

const tools = {
  async read_file({ path }) {
    const text = await fs.readFile(path, 'utf8');
    const size = new Intl.NumberFormat(session()?.locale).format(text.length);
    return `${path} (${size} chars)\n${text}`;
  },

  async run_shell({ command, timeout = 60_000 }) {
    const program = command.trim().split(/\s+/)[0];
    if (program && DESTRUCTIVE.test(program)) {
      throw new Error(`refusing to run "${program}" without confirmation; ask the user first.`);
    }
    const { stdout, stderr } = await run('/bin/sh', ['-c', command], { timeout, maxBuffer: 4 << 20 });
    return stdout + (stderr ? `\n[stderr]\n${stderr}` : '');
  },
};

async function dispatch(call) {
  const impl = tools[call.name];
  if (!impl) return { tool_use_id: call.id, is_error: true, content: `no such tool: ${call.name}` };
  try {
    return { tool_use_id: call.id, content: String(await impl(call.input)) };
  } catch (err) {
    return { tool_use_id: call.id, is_error: true, content: err.message };
  }
}

module.exports = { dispatch };
