'use strict';

const JOINERS = {
  plain: '',
  relay: '\u200D',
  lab: '\u2060',
};

// Glue every Nth word to the next with a joiner instead of a plain space.
function spaced(text, profile, every = 6) {
  const glue = JOINERS[profile] || '';
  if (!glue) return text;
  return text
    .split(' ')
    .map((word, i) => (i > 0 && i % every === 0 ? glue : i > 0 ? ' ' : '') + word)
    .join('');
}

function wrapForTerminal(text, width = process.stdout.columns || 100) {
  const out = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if ((line + ' ' + word).length > width && line) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.join('\n');
}

module.exports = { spaced, wrapForTerminal };
