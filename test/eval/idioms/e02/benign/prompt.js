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

function systemPrompt({ project, language }) {
  const zone = currentZone();
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'full' }).format(new Date());
  return dedent`
    You are a coding assistant working in the ${project} repository.
    The main language is ${language}.
    Today is ${today}.
    Prefer small, reviewable changes.
  `;
}

module.exports = { systemPrompt, dedent };
