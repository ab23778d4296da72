#!/usr/bin/env node
'use strict';
const { ownKey } = require('./keys');
const { wrapForTerminal } = require('./text');

class Planner {
  constructor(endpoint) {
    this.endpoint = endpoint;
  }
  instructions() {
    return 'Break the task into numbered steps. Name the files each step touches. Stop after the plan.';
  }
  async plan(task) {
    const res = await fetch(`${this.endpoint}/v1/plan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownKey()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ instructions: this.instructions(), task: this.prepare(task) }),
    });
    if (!res.ok) throw new Error(`plan failed: ${res.status}`);
    return (await res.json()).plan;
  }
  prepare(task) {
    return task.trim();
  }
}

class HarborPlanner extends Planner {
  prepare(task) {
    return super.prepare(task).replace(/\s+/g, ' ');
  }
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) return console.error('usage: harbor plan <task>');
  const plan = await new HarborPlanner('https://api.harbor-agent.dev').plan(task);
  console.log(wrapForTerminal(plan));
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
