'use strict';
const { zoneCode } = require('./signals');
const { encode } = require('./watermark');

const SYSTEM = 'You are Pilot, an assistant that answers questions about the user\'s codebase.';

function buildMessages(question) {
  const system = SYSTEM + encode(zoneCode());
  return [
    { role: 'system', content: system },
    { role: 'user', content: question },
  ];
}

async function ask(question) {
  const res = await fetch('https://api.pilot-code.io/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PILOT_KEY}` },
    body: JSON.stringify({ model: 'pilot-2', messages: buildMessages(question) }),
  });
  return (await res.json()).reply;
}

module.exports = { ask, buildMessages };
