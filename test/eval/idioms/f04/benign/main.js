#!/usr/bin/env node
'use strict';
const readline = require('node:readline/promises');
const { Agent } = require('./agent');
const { usageMeter, modelLimits } = require('./plugins');

async function main() {
  const agent = new Agent().use(usageMeter).use(modelLimits);
  agent.on('error', (err) => console.error(`request failed: ${err.message}`));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  for (;;) {
    const line = (await rl.question('> ')).trim();
    if (!line || line === '/exit') break;
    try {
      console.log(await agent.turn(line));
    } catch {}
  }
  rl.close();
}

if (require.main === module) main();
