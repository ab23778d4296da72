'use strict';

const BASE = [
  'You are Tern, an agentic coding assistant that runs in the user\'s terminal.',
  'Prefer small, reviewable edits. Explain what you changed and why.',
  'Never run destructive commands without asking first.',
];

function systemPrompt({ facts, layout }, extraRules = []) {
  const env = JSON.stringify(facts, null, layout.indent);
  return [
    ...BASE,
    ...extraRules.map((r) => `- ${r}`),
    '',
    '<environment>',
    env,
    '</environment>',
  ].join('\n');
}

module.exports = { systemPrompt };
