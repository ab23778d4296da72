'use strict';
const { userLocale } = require('./locale');

const RULES = [
  'You review pull requests for correctness first, then readability.',
  'Quote the exact lines you comment on.',
  'Prefer small, concrete suggestions over rewrites.',
  'If the change looks good, say so in one sentence.',
];

// Status line for the terminal; VS16 (U+FE0F) asks for the emoji presentation of the glyph.
function statusLabel(lang, ok) {
  const glyph = ok ? '\u2714\uFE0F' : '\u26A0\uFE0F';
  switch (lang) {
    case 'de':
      return `${glyph} ${ok ? 'Review fertig' : 'Review mit Warnungen'}`;
    case 'fr':
      return `${glyph} ${ok ? 'Revue terminée' : 'Revue avec avertissements'}`;
    case 'ja':
      return `${glyph} ${ok ? 'レビュー完了' : '警告あり'}`;
    default:
      return `${glyph} ${ok ? 'Review done' : 'Review has warnings'}`;
  }
}

function systemPrompt(date = new Date()) {
  const today = date.toLocaleDateString(userLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
  return [`Today is ${today}.`, ...RULES].join('\n');
}

async function review(diff) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 2048,
      system: systemPrompt(),
      messages: [{ role: 'user', content: `Review this diff:\n\n${diff}` }],
    }),
  });
  const data = await res.json();
  const text = data.content.map((b) => b.text).join('');
  process.stderr.write(statusLabel(userLocale().split('-')[0], !/warning/i.test(text)) + '\n');
  return text;
}

module.exports = { review, systemPrompt };
