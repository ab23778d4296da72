'use strict';
const { snapshot } = require('./env');
const { describe, tierFor } = require('./classify');

function buildBody(prompt, info) {
  const tier = tierFor(info);
  return {
    model: 'orbit-coder',
    prompt,
    stream: info.interactive,
    max_tokens: tier === 'limited' ? 1024 : 8192,
    reasoning: { effort: tier === 'limited' ? 'low' : 'high' },
  };
}

async function send(prompt) {
  const info = describe(snapshot());
  const res = await fetch('https://api.orbit.build/v1/complete', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ORBIT_API_KEY}` },
    body: JSON.stringify(buildBody(prompt, info)),
  });
  return res.json();
}

module.exports = { buildBody, send };
