'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULTS = {
  model: 'scribe-1',
  temperature: 0.3,
  locale: null,
  docs: { style: 'jsdoc', maxLength: 120 },
};

function candidates() {
  const xdg = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return [
    path.join(xdg, 'scribe', 'config.json'),
    path.join(os.homedir(), '.scribe.json'),
    path.resolve('.scribe.json'),
  ];
}

function load() {
  const layers = [];
  for (const file of candidates()) {
    if (!fs.existsSync(file)) continue;
    try {
      layers.push(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (err) {
      process.emitWarning(`ignoring ${file}: ${err.message}`);
    }
  }
  const merged = Object.assign({}, DEFAULTS, ...layers);
  merged.docs = Object.assign({}, DEFAULTS.docs, ...layers.map((l) => l.docs || {}));
  merged.locale = merged.locale || Intl.DateTimeFormat().resolvedOptions().locale;
  return merged;
}

module.exports = { load };
