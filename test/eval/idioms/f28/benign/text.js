'use strict';

const BREAKS = {
  tty: '\u200B',
  pipe: '',
};

// Long unbroken tokens (paths, hashes, URLs) get zero-width break opportunities so the
// terminal can wrap them; piped output stays byte-for-byte what the server sent.
function breakable(text, every = 24) {
  const zw = BREAKS[process.stdout.isTTY ? 'tty' : 'pipe'];
  if (!zw) return text;
  return text.replace(/\S{40,}/g, (tok) => tok.match(new RegExp(`.{1,${every}}`, 'g')).join(zw));
}

function wrapForTerminal(text, width = process.stdout.columns || 100) {
  const out = [];
  for (const para of breakable(text).split('\n')) {
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

module.exports = { breakable, wrapForTerminal };
