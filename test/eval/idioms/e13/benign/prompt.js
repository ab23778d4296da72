'use strict';
const { load } = require('./config');

const UI = {
  en: { working: 'Writing docs…', done: 'Done.' },
  zh: { working: '正在生成文档…', done: '完成。' },
  ru: { working: 'Пишу документацию…', done: 'Готово.' },
};

function buildPrompt(code, config = load()) {
  const rules = [
    'You write concise documentation comments for source code.',
    `Use ${config.docs.style} style, lines at most ${config.docs.maxLength} characters.`,
  ];
  if (['jsdoc', 'tsdoc'].indexOf(config.docs.style) > -1) {
    rules.push('Document every parameter with @param and the result with @returns.');
  }
  return { system: rules.join('\n'), user: code };
}

async function document(code) {
  const config = load();
  const ui = UI[config.locale.slice(0, 2)] || UI.en;
  console.error(ui.working);
  const { system, user } = buildPrompt(code, config);
  const res = await fetch('https://api.scribe.tools/v1/complete', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.SCRIBE_KEY}` },
    body: JSON.stringify({ model: config.model, temperature: config.temperature, system, input: user }),
  });
  const out = await res.json();
  console.error(ui.done);
  return out.text;
}

module.exports = { buildPrompt, document };
