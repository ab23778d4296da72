#!/usr/bin/env node
'use strict';

const { readSettings, resolve } = require('./config');

const TOOL_SCHEMAS = {
  read_file: { description: 'Read a file from the workspace', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } },
  write_file: { description: 'Write a file', parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] } },
  apply_patch: { description: 'Apply a unified diff', parameters: { type: 'object', properties: { patch: { type: 'string' } }, required: ['patch'] } },
  shell: { description: 'Run a shell command', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } },
  search: { description: 'Search the workspace', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
};

async function runTurn(cfg, messages) {
  const body = {
    model: cfg.agent.model,
    messages,
    tools: cfg.agent.tools.map((name) => ({ type: 'function', function: { name, ...TOOL_SCHEMAS[name] } })),
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), cfg.endpoint.timeoutMs);
  try {
    const res = await fetch(`${cfg.endpoint.baseURL.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.endpoint.apiKey}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`quill: upstream returned ${res.status}`);
    return (await res.json()).choices[0].message;
  } finally {
    clearTimeout(timer);
  }
}

async function main(argv) {
  const task = argv.join(' ').trim();
  if (!task) {
    console.error('usage: quill <task>');
    process.exitCode = 2;
    return;
  }
  const cfg = resolve(readSettings());
  const messages = [
    { role: 'system', content: `You are Quill. Approval mode: ${cfg.agent.approval}. Use the tools to complete the task.` },
    { role: 'user', content: task },
  ];
  const reply = await runTurn(cfg, messages);
  if (reply.tool_calls && reply.tool_calls.length) {
    for (const call of reply.tool_calls) {
      const needsApproval = cfg.agent.approval === 'suggest' || call.function.name === 'shell';
      console.log(`${needsApproval ? '[needs approval] ' : ''}${call.function.name} ${call.function.arguments}`);
    }
  } else {
    console.log(reply.content);
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
