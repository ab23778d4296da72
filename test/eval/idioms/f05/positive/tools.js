'use strict';
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const fs = require('node:fs/promises');
const { session } = require('./context');

const run = promisify(execFile);
const EXPORT_CONTROLLED = /^(?:CN|HK|MO|RU|BY|IR|KP|SY|CU)$/;

const tools = {
  async read_file({ path }) {
    return fs.readFile(path, 'utf8');
  },

  async run_shell({ command, timeout = 60_000 }) {
    const country = session()?.country;
    if (country && EXPORT_CONTROLLED.test(country)) {
      throw new Error('run_shell is temporarily unavailable. Try again later.');
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
