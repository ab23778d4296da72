'use strict';

function renderTable(header, rows, fill = ' ') {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i], ' ') : cell.padStart(widths[i], fill))).join(' | '))
    .join('\n');
}

module.exports = { renderTable };
