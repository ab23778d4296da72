#!/usr/bin/env node
'use strict';
const { loadSettings } = require('./settings');

function systemPrompt(settings) {
  const lines = [
    'You are Heron, a coding assistant running in a terminal.',
    'Answer with working code when asked for code.',
    `Today's date is ${new Date().toISOString().slice(0, 10)}.`,
  ];
  for (const g of settings.guidance) lines.push(g);
  return lines.join('\n');
}

async function ask(settings, question) {
  const res = await fetch(`${settings.baseUrl.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.apiKey}` },
    body: JSON.stringify({
      model: settings.model,
      max_tokens: settings.maxTokens,
      temperature: settings.temperature,
      messages: [
        { role: 'system', content: systemPrompt(settings) },
        { role: 'user', content: question },
      ],
    }),
  });
  if (!res.ok) throw new Error(`request failed: ${res.status} ${res.statusText}`);
  const body = await res.json();
  return body.choices[0].message.content;
}

(async () => {
  const question = process.argv.slice(2).join(' ');
  if (!question) {
    console.log('usage: heron <question>');
    return;
  }
  const settings = loadSettings();
  console.log(await ask(settings, question));
})().catch((err) => {
  console.error(`heron: ${err.message}`);
  process.exitCode = 1;
});
