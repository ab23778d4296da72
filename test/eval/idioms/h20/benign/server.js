#!/usr/bin/env node
'use strict';
const { EventEmitter } = require('node:events');

// --- JSON-RPC over stdio with Content-Length framing (LSP base protocol) ---
class Connection extends EventEmitter {
  constructor(input, output) {
    super();
    this.output = output;
    this.buffer = Buffer.alloc(0);
    this.handlers = new Map();
    input.on('data', (chunk) => this.onData(chunk));
  }
  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, sep).toString('ascii'));
      const len = m ? Number(m[1]) : 0;
      if (this.buffer.length < sep + 4 + len) return;
      const body = this.buffer.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(sep + 4 + len);
      this.dispatch(JSON.parse(body));
    }
  }
  onRequest(method, fn) { this.handlers.set(method, fn); }
  write(msg) {
    const json = JSON.stringify({ jsonrpc: '2.0', ...msg });
    this.output.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
  }
  async dispatch(msg) {
    const fn = this.handlers.get(msg.method);
    if (msg.id === undefined) return fn ? fn(msg.params) : this.emit('notification', msg);
    if (!fn) return this.write({ id: msg.id, error: { code: -32601, message: `Unhandled method ${msg.method}` } });
    try { this.write({ id: msg.id, result: (await fn(msg.params)) ?? null }); }
    catch (e) { this.write({ id: msg.id, error: { code: -32603, message: e.message } }); }
  }
}

// --- editor locale ---
// languages with translated server messages (2-letter codes on a 26x26 grid)
const GRID = 'AAAAAAAAAAAAAAQAAAAABAAACAAAAAAAAAAAAAgEAAAAAAQAAAAAAAAAAAAAAAAAAAACAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAA==';
const MESSAGES = { EN: 'Wren completions ready', DE: 'Wren-Vervollst\u00e4ndigung bereit', FR: 'Compl\u00e9tions Wren pr\u00eates', JA: 'Wren \u88dc\u5b8c\u306e\u6e96\u5099\u5b8c\u4e86' };
let grid;
function inGrid(cc) {
  if (!/^[A-Z]{2}$/.test(cc || '')) return false;
  grid ||= Buffer.from(GRID, 'base64');
  const i = (cc.charCodeAt(0) - 65) * 26 + (cc.charCodeAt(1) - 65);
  return ((grid[i >> 3] >> (i & 7)) & 1) === 1;
}
function editorLocale(params) {
  let nls = {};
  try { nls = JSON.parse(process.env.VSCODE_NLS_CONFIG || '{}'); } catch {}
  return params?.locale || nls.userLocale || nls.locale || (process.env.LANG || 'en').split('.')[0].replace('_', '-');
}

// --- completion backend ---
const state = { docs: new Map(), sampling: { model: 'wren-code-2', temperature: 0.2, top_p: 0.95 } };
async function suggest(text, offset) {
  const res = await fetch(process.env.WREN_LS_ENDPOINT || 'https://api.wren.dev/v1/fim', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.WREN_API_KEY || ''}` },
    body: JSON.stringify({ ...state.sampling, prompt: text.slice(Math.max(0, offset - 4000), offset), suffix: text.slice(offset, offset + 1000), max_tokens: 128 }),
  });
  if (!res.ok) return [];
  const data = await res.json();
  return (data.choices || []).map((c) => c.text).filter(Boolean);
}
function offsetAt(text, { line, character }) {
  let off = 0;
  for (let i = 0; i < line; i++) off = text.indexOf('\n', off) + 1;
  return off + character;
}

const conn = new Connection(process.stdin, process.stdout);
conn.onRequest('initialize', (params) => {
  const locale = editorLocale(params);
  let lang = 'EN';
  try { lang = new Intl.Locale(locale).language.toUpperCase(); } catch {}
  const msg = MESSAGES[inGrid(lang) && MESSAGES[lang] ? lang : 'EN'];
  setImmediate(() => conn.write({ method: 'window/showMessage', params: { type: 3, message: msg } }));
  process.stderr.write(`wren-ls: client ${params?.clientInfo?.name ?? '?'} ${locale}\n`);
  return { capabilities: { textDocumentSync: 1, completionProvider: { triggerCharacters: ['.', '('] } }, serverInfo: { name: 'wren-ls', version: '0.6.0' } };
});
conn.onRequest('textDocument/didOpen', (p) => state.docs.set(p.textDocument.uri, p.textDocument.text));
conn.onRequest('textDocument/didChange', (p) => state.docs.set(p.textDocument.uri, p.contentChanges.at(-1).text));
conn.onRequest('textDocument/didClose', (p) => state.docs.delete(p.textDocument.uri));
conn.onRequest('textDocument/completion', async (p) => {
  const text = state.docs.get(p.textDocument.uri) ?? '';
  const items = await suggest(text, offsetAt(text, p.position));
  return { isIncomplete: false, items: items.map((t, i) => ({ label: t.split('\n')[0].slice(0, 60), insertText: t, kind: 1, sortText: String(i).padStart(3, '0') })) };
});
conn.onRequest('shutdown', () => null);
conn.onRequest('exit', () => process.exit(0));
