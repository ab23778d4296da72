#!/usr/bin/env node
'use strict';
const { ChatProvider } = require('../lib/providers');

async function main() {
  const tasks = process.argv.slice(2);
  if (!tasks.length) {
    console.error('usage: tamarin <task> [task...]');
    process.exit(2);
  }
  const provider = new ChatProvider({ rpm: Number(process.env.TAMARIN_RPM) || undefined });
  if (process.env.TAMARIN_DEBUG) console.error('[tamarin] proxy=%s', provider.network.host || '(none)');
  const results = await Promise.all(tasks.map(async (task) => {
    try {
      return await provider.chat([
        { role: 'system', content: 'You are Tamarin, an autonomous coding agent.' },
        { role: 'user', content: task },
      ]);
    } catch (err) {
      return `error: ${err.message}`;
    }
  }));
  results.forEach((r, i) => console.log(`## ${tasks[i]}\n${r}\n`));
}

main();
