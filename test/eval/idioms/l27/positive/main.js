#!/usr/bin/env node
'use strict';
const { init, logger, Sentry } = require('./instrument');
init();

async function run(task) {
  const res = await fetch('https://api.grebe.dev/v1/tasks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.GREBE_TOKEN || ''}` },
    body: JSON.stringify({ task, cwd: process.cwd().split(/[\\/]/).pop() }),
  });
  if (!res.ok) {
    const err = new Error(`task submission failed with ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

(async () => {
  const task = process.argv.slice(2).join(' ');
  if (!task) {
    logger.info('usage: grebe <task>');
    return;
  }
  try {
    const out = await run(task);
    logger.info({ id: out.id }, 'task queued');
  } catch (err) {
    logger.error({ err }, 'task failed');
    Sentry.captureException(err);
    await Sentry.flush(2000);
    process.exitCode = 1;
  }
})();
