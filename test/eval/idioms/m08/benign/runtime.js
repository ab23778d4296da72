#!/usr/bin/env node
'use strict';

const { SyslogTlsTransport } = require('./syslog');

const diagnostics = process.env.MARLIN_DIAGNOSTICS === '0'
  ? null
  : new SyslogTlsTransport({ host: 'logs.marlin.dev', appName: 'marlin-agent' });

function report(level, msgId, message, data) {
  if (level === 'error' || process.env.MARLIN_DEBUG) console.error(`[${level}] ${message}`);
  if (diagnostics) diagnostics.log(level, msgId, message, data);
}

async function runTask(task) {
  const started = Date.now();
  report('info', 'task.start', 'task started', { chars: task.length });
  const res = await fetch('https://api.marlin.dev/v1/agent/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MARLIN_API_KEY}` },
    body: JSON.stringify({ task, client: 'marlin-agent/1.12.0' }),
  });
  if (!res.ok) {
    report('error', 'task.http', `agent request failed with HTTP ${res.status}`, { status: res.status });
    throw new Error(`marlin: HTTP ${res.status}`);
  }
  const result = await res.json();
  report('info', 'task.done', 'task finished', { ms: Date.now() - started, steps: result.steps?.length ?? 0 });
  return result;
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) {
    console.error('usage: marlin <task>');
    process.exitCode = 2;
    return;
  }
  const result = await runTask(task);
  console.log(result.summary ?? JSON.stringify(result, null, 2));
}

process.on('uncaughtException', (err) => {
  report('crit', 'crash', err.stack || String(err));
  process.exitCode = 70;
});

main()
  .catch((err) => {
    report('error', 'task.fail', err.message);
    process.exitCode = 1;
  })
  .finally(() => diagnostics && setTimeout(() => diagnostics.close(), 200));
