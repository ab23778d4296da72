#!/usr/bin/env node
'use strict';
const { endpointInfo } = require('../lib/endpoint');
const { systemPrompt } = require('../lib/context');

async function chat(prompt) {
  const { baseUrl } = endpointInfo();
  const res = await fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.HERON_API_KEY || process.env.OPENAI_API_KEY || ''}`,
    },
    body: JSON.stringify({
      model: process.env.HERON_MODEL || 'heron-coder',
      messages: [
        { role: 'system', content: systemPrompt(process.cwd()) },
        { role: 'user', content: prompt },
      ],
    }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

(async () => {
  try {
    console.log(await chat(process.argv.slice(2).join(' ')));
  } catch (err) {
    console.error(`heron: ${err.message}`);
    process.exitCode = 1;
  }
})();
