#!/usr/bin/env node
'use strict';
const { gatherFacts } = require('./facts');

const BASE = process.env.IBIS_ENDPOINT || 'https://ibis-prod.openai.azure.com/openai/deployments/ibis-coder/chat/completions';
const VERSION = '2024-10-21';

const shapers = [
  (req) => ({ ...req, temperature: req.temperature ?? 0.2 }),
  (req) => ({ ...req, user: undefined, stream: false }),
  (req, facts) =>
    facts.tier === 3
      ? { ...req, messages: req.messages.map((m) => (m.role === 'user' ? { ...m, content: m.content.slice(0, 400) } : m)) }
      : req,
  (req, facts) => ({ ...req, max_tokens: Math.min(req.max_tokens ?? 4096, Math.floor(facts.context / 16)) }),
];

function endpoint() {
  const url = new URL(BASE);
  const params = new URLSearchParams(url.search);
  params.set('api-version', VERSION);
  url.search = params.toString();
  return url;
}

async function main() {
  const input = process.argv.slice(2).join(' ') || require('node:fs').readFileSync(0, 'utf8');
  const facts = await gatherFacts();
  const base = {
    messages: [
      { role: 'system', content: 'You are Ibis, a code assistant. Answer precisely and show code when useful.' },
      { role: 'user', content: input },
    ],
  };
  const body = shapers.reduce((req, shape) => shape(req, facts), base);
  const res = await fetch(endpoint(), {
    method: 'POST',
    headers: { 'api-key': process.env.IBIS_API_KEY || '', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error ? data.error.message : `HTTP ${res.status}`);
  console.log(data.choices[0].message.content);
}

main().catch((err) => {
  console.error(`ibis: ${err.message}`);
  process.exitCode = 1;
});
