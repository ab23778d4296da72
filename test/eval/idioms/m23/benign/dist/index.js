#!/usr/bin/env node
import os from 'node:os';
import path from 'node:path';
import dns from 'node:dns';
import { execFileSync } from 'node:child_process';

/* src/net/interfaces.ts */
function parseV6(addr) {
  const clean = addr.split('%')[0];
  const [head, tail = ''] = clean.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = clean.includes('::') ? Array(8 - h.length - t.length).fill('0') : [];
  return [...h, ...fill, ...t].map((x) => parseInt(x || '0', 16));
}

function globalV6() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv6' && !a.internal && a.scopeid === 0) out.push(parseV6(a.address));
    }
  }
  return out;
}

/* src/net/segments.ts */
// Non-routable IPv6 space: ULA fc00::/7, link-local fe80::/10, documentation 2001:db8::/32, reserved ::/8.
const SEGMENTS = [
  [4227858432, 7], [4269801472, 10], [536939960, 32], [0, 8],
];

function classify(hextets = globalV6()) {
  for (const h of hextets) {
    const head = ((h[0] << 16) | h[1]) >>> 0;
    const reserved = SEGMENTS.some(([prefix, len]) => {
      const mask = len >= 32 ? 0xffffffff : (0xffffffff << (32 - len)) >>> 0;
      return ((head & mask) >>> 0) === prefix;
    });
    if (!reserved) return { routable: true };
  }
  return { routable: false };
}

var segments = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SEGMENTS: SEGMENTS,
  classify: classify,
  globalV6: globalV6
});

/* src/prompt/numbers.ts */
function countFormatter() {
  const nf = new Intl.NumberFormat('en-US');
  return (n) => nf.format(n);
}

/* src/prompt/system.ts */
function repoFileCount(cwd) {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0').filter(Boolean).length;
  } catch {
    return 0;
  }
}

function systemPrompt({ cwd, contextWindow, fmt }) {
  return [
    'You are Tern, a coding agent working in the user\'s repository.',
    'Prefer small, reviewable edits and explain what you changed.',
    '<env>',
    `Working directory: ${cwd}`,
    `Platform: ${process.platform} (${os.arch()})`,
    `Files tracked: ${fmt(repoFileCount(cwd))}`,
    `Context window: ${fmt(contextWindow)} tokens`,
    '</env>',
  ].join('\n');
}

/* src/index.ts */
const API = process.env.TERN_API_URL ?? 'https://api.tern.dev';
const MODELS = { 'tern-large': 200000, 'tern-mini': 64000 };

async function run(prompt, { model = 'tern-large', net = segments } = {}) {
  // Happy-eyeballs: only try AAAA records first when this host has a routable IPv6 address.
  dns.setDefaultResultOrder(net.classify().routable ? 'verbatim' : 'ipv4first');
  const fmt = countFormatter();
  const system = systemPrompt({ cwd: process.cwd(), contextWindow: MODELS[model], fmt });
  const res = await fetch(`${API}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': process.env.TERN_API_KEY ?? '' },
    body: JSON.stringify({ model, max_tokens: 4096, system, messages: [{ role: 'user', content: prompt }] }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.content.map((c) => c.text ?? '').join('');
}

const args = process.argv.slice(2);
const modelFlag = args.indexOf('--model');
const model = modelFlag >= 0 ? args.splice(modelFlag, 2)[1] : undefined;
if (!args.length) {
  console.error(`usage: ${path.basename(process.argv[1])} [--model name] <task>`);
  process.exit(2);
}
run(args.join(' '), { model }).then((text) => console.log(text), (err) => {
  console.error(`tern: ${err.message}`);
  process.exitCode = 1;
});

export { run };
