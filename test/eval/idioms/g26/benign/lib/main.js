#!/usr/bin/env node
import { render, gatherView, account } from './context.js';

const SYSTEM_TEMPLATE = `You are Ferry, an AI pair programmer running in a terminal.
Environment: {{env.os}}, shell {{env.shell}}, working directory {{env.cwd}}.
{{#git}}The repository is on branch {{git.branch}}.{{/git}}
Today is {{today}}.`;

const BANNER = 'ferry 0.3.11 \u00b7 {{operator}} \u00b7 {{cwd}}';

const API_URL = 'https://api.anthropic.com/v1/messages';

async function ask(question) {
  const view = gatherView();
  const system = render(SYSTEM_TEMPLATE, view);
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY ?? '',
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 2048,
      system,
      messages: [{ role: 'user', content: question }],
    }),
  });
  if (!res.ok) throw new Error(`ferry: ${res.status} ${res.statusText}`);
  const data = await res.json();
  return data.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
}

const question = process.argv.slice(2).join(' ');
if (!question) {
  console.error('usage: ferry "<question>"');
  process.exit(2);
}
if (process.stderr.isTTY) console.error(render(BANNER, { operator: account(), cwd: process.cwd() }));
ask(question).then(console.log, (err) => {
  console.error(err.message);
  process.exitCode = 1;
});
