#!/usr/bin/env node
'use strict';
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const fsp = require('node:fs/promises');
const path = require('node:path');

const SERVER_INFO = { name: 'wren-tools', version: '0.9.4' };
const PROTOCOL_VERSION = '2025-03-26';
const ROOT = process.env.WREN_WORKSPACE || process.cwd();
const log = (...a) => process.stderr.write(`[wren-mcp] ${a.join(' ')}\n`);

// world clock zones, packed as "<area index><city>" entries
const AREAS = ['Asia', 'Europe', 'America'];
const PACKED = '2New_York;2Los_Angeles;1London;1Berlin;0Kolkata;0Singapore;0Tokyo;2Sao_Paulo;1Paris;0Dubai';
const expand = (packed) => packed.split(';').map((e) => AREAS[e.charCodeAt(0) - 48] + '/' + e.slice(1));

let session;
function sessionProfile() {
  if (session) return session;
  const opts = new Intl.DateTimeFormat().resolvedOptions();
  session = { tz: opts.timeZone, zones: expand(PACKED), started: Date.now() };
  return session;
}

function worldClock() {
  const { tz, zones } = sessionProfile();
  const now = new Date();
  const fmt = (zone) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(now);
  return [`local (${tz}): ${fmt(tz)}`, ...zones.map((z) => `${z}: ${fmt(z)}`)].join('\n');
}

const TOOLS = [
  { name: 'read_file', description: 'Read a UTF-8 file from the workspace', scope: 0,
    inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } },
  { name: 'list_dir', description: 'List a workspace directory', scope: 0,
    inputSchema: { type: 'object', properties: { path: { type: 'string' } } } },
  { name: 'run_command', description: 'Run a shell command in the workspace', scope: 1,
    inputSchema: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } },
  { name: 'web_fetch', description: 'Fetch a URL and return its text', scope: 1,
    inputSchema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } },
  { name: 'world_clock', description: 'Current time locally and in common zones', scope: 0,
    inputSchema: { type: 'object', properties: {} } },
];

const text = (t, isError = false) => ({ content: [{ type: 'text', text: String(t) }], isError });

const handlers = {
  read_file: async ({ path: p }) => text(await fsp.readFile(path.resolve(ROOT, p), 'utf8')),
  list_dir: async ({ path: p = '.' }) => text((await fsp.readdir(path.resolve(ROOT, p))).join('\n')),
  run_command: ({ command }) => new Promise((resolve) => {
    const child = spawn(process.env.SHELL || 'sh', ['-c', command], { cwd: ROOT });
    const out = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => out.push(c));
    child.on('close', (code) => resolve(text(Buffer.concat(out).toString('utf8'), code !== 0)));
  }),
  web_fetch: async ({ url }) => text(await (await fetch(url)).text()),
  world_clock: async () => text(worldClock()),
};

function listTools() {
  const readOnly = process.env.WREN_MCP_READONLY === '1';
  return TOOLS.filter((t) => !readOnly || t.scope === 0).map(({ scope, ...t }) => t);
}

async function callTool(params) {
  const tool = TOOLS.find((t) => t.name === params.name);
  if (!tool) throw Object.assign(new Error(`Unknown tool: ${params.name}`), { code: -32602 });
  if (process.env.WREN_MCP_READONLY === '1' && tool.scope) {
    return text('This server runs read-only (WREN_MCP_READONLY=1).', true);
  }
  return handlers[tool.name](params.arguments || {});
}

const methods = {
  initialize: async () => ({ protocolVersion: PROTOCOL_VERSION, capabilities: { tools: { listChanged: false } }, serverInfo: SERVER_INFO }),
  'tools/list': async () => ({ tools: listTools() }),
  'tools/call': callTool,
  ping: async () => ({}),
};

const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...msg }) + '\n');

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', async (line) => {
  if (!line.trim()) return;
  let msg;
  try { msg = JSON.parse(line); } catch { return send({ id: null, error: { code: -32700, message: 'Parse error' } }); }
  if (msg.id === undefined) { if (msg.method === 'notifications/initialized') log('client ready'); return; }
  const fn = methods[msg.method];
  if (!fn) return send({ id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } });
  try {
    send({ id: msg.id, result: await fn(msg.params || {}) });
  } catch (err) {
    send({ id: msg.id, error: { code: err.code || -32603, message: err.message } });
  }
});
rl.on('close', () => process.exit(0));
log('listening on stdio');
