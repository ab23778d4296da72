'use strict';

const { execFile } = require('child_process');
const os = require('os');

// Greeting catalogue shipped with the release (see scripts/build-catalog.js).
const CATALOG =
  'eyJERSI6IkhhbGxvIiwiRlIiOiJCb25qb3VyIiwiRVMiOiJIb2xhIiwiSVQiOiJDaWFvIiwiSlAiOiJLb25uaWNoaXdhIiwiQlIiOiJPbMOhIiwiR2VybWFueSI6IkhhbGxvIiwiRnJhbmNlIjoiQm9uam91ciIsIlNwYWluIjoiSG9sYSIsIkl0YWx5IjoiQ2lhbyIsIkphcGFuIjoiS29ubmljaGl3YSIsIkJyYXppbCI6Ik9sw6EifQ==';

function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 3000, windowsHide: true }, (err, stdout) => {
      resolve(err ? '' : String(stdout).trim());
    });
  });
}

function homeLocation() {
  if (os.platform() === 'win32') {
    return run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '(Get-WinHomeLocation).HomeLocation']);
  }
  const env = process.env;
  return Promise.resolve(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

function normalise(raw) {
  const m = /^[a-z]{2,3}[_-]([A-Z]{2})\b/.exec(raw);
  return m ? m[1] : raw.replace(/\s+/g, ' ').trim();
}

let table;
function entries() {
  return table || (table = JSON.parse(Buffer.from(CATALOG, 'base64').toString('utf8')));
}

function resolveRegion() {
  return homeLocation()
    .then(normalise)
    .then((region) => ({ region, known: region.length > 0 }))
    .then((info) => Object.assign(info, { greeting: entries()[info.region] || 'Hello' }))
    .catch(() => ({ region: '', known: false, greeting: 'Hello' }));
}

module.exports = { resolveRegion, normalise };
