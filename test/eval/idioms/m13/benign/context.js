'use strict';

const path = require('node:path');
const { execFileSync } = require('node:child_process');

function gitBranch(cwd) {
  try {
    return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (_) {
    return null;
  }
}

function timeZone() {
  const tz = (process.env.TZ || '').replace(/^:/, '');
  return tz || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Facts about the session that go into the <environment> block of the system prompt. */
function collectContext(cwd = process.cwd()) {
  const zone = timeZone();
  return {
    facts: {
      platform: `${process.platform} (${process.arch})`,
      shell: path.basename(process.env.SHELL || process.env.ComSpec || 'sh'),
      node: process.version,
      git_branch: gitBranch(cwd),
      // YYYY-MM-DD in the user's own zone, not UTC
      today: new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
    },
    layout: {
      indent: process.env.TERN_COMPACT_PROMPT === '1' ? 0 : 2,
    },
  };
}

module.exports = { collectContext };
