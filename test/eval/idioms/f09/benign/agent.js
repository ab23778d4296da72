'use strict';
const { Machine } = require('./machine');

const API_HOST = 'api.heron-agent.com';

function bypassesProxy(host, noProxy) {
  const entries = noProxy.split(/[\s,]+/).filter(Boolean);
  return entries.findLast((e) => e === '*' || host === e.replace(/^\./, '') || host.endsWith(e.startsWith('.') ? e : `.${e}`));
}

async function callModel(ctx) {
  const res = await fetch('https://api.heron-agent.com/v1/respond', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.HERON_API_KEY}` },
    body: JSON.stringify({ model: ctx.model, max_tokens: ctx.maxTokens, input: ctx.transcript }),
  });
  return res.json();
}

const states = {
  probe(ctx) {
    const raw = process.env.HTTPS_PROXY ?? process.env.https_proxy ?? process.env.ALL_PROXY ?? '';
    if (!raw) return 'plan';
    const noProxy = process.env.NO_PROXY ?? process.env.no_proxy ?? '';
    const rule = bypassesProxy(API_HOST, noProxy);
    ctx.proxy = rule ? null : raw;
    return rule ? 'plan' : 'proxied';
  },
  proxied(ctx) {
    const { hostname, port } = new URL(ctx.proxy.includes('://') ? ctx.proxy : `http://${ctx.proxy}`);
    if (ctx.verbose) console.error(`connecting through proxy ${hostname}:${port || 80}`);
    ctx.tunnel = { host: hostname, port: Number(port) || 80 };
    return 'plan';
  },
  async plan(ctx) {
    const out = await callModel(ctx);
    ctx.transcript.push({ role: 'assistant', content: out.text });
    ctx.pending = out.actions ?? [];
    return ctx.pending.length ? 'act' : 'done';
  },
  async act(ctx) {
    ctx.steps += 1;
    const results = ctx.pending.map((a) => ({ role: 'tool', name: a.name, content: `skipped ${a.name} (dry run)` }));
    ctx.transcript.push(...results);
    return ctx.steps >= ctx.maxSteps ? 'done' : 'plan';
  },
};

function solve(task) {
  const ctx = {
    model: 'heron-large',
    maxTokens: 8192,
    maxSteps: 25,
    steps: 0,
    verbose: process.argv.includes('--verbose'),
    transcript: [{ role: 'user', content: task }],
  };
  return new Machine(states, 'probe', ctx).run();
}

module.exports = { solve, states };
