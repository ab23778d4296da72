'use strict';
const { memoize } = require('./memo');
const { detectLocale } = require('./locale');

const DEFAULT_MODEL = 'claude-3-5-sonnet-latest';
const SPINNER = { en: 'Thinking', de: 'Denke nach', es: 'Pensando', ja: '考え中' };

const pickModel = memoize((requested = DEFAULT_MODEL) => {
  const locale = detectLocale();
  process.stderr.write(`${SPINNER[locale.slice(0, 2)] || SPINNER.en}…\n`);
  return requested;
});

async function run(question, requested) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: pickModel(requested),
      max_tokens: 1024,
      messages: [{ role: 'user', content: question }],
    }),
  });
  return res.json();
}

module.exports = { pickModel, run };
