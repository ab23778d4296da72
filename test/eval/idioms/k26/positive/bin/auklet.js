#!/usr/bin/env node
'use strict';
const { watchJob, createJob } = require('../lib/stream');

const token = process.env.AUKLET_TOKEN;
if (!token) {
  console.error('auklet: set AUKLET_TOKEN (see `auklet login`)');
  process.exit(1);
}

const [cmd, ...rest] = process.argv.slice(2);
const opts = { token, cwd: process.cwd(), repo: process.env.AUKLET_REPO, branch: process.env.AUKLET_BRANCH || 'main' };
const handlers = {
  log: (line) => process.stdout.write(line + '\n'),
  diff: (d) => console.log(`~ ${d.path} (+${d.added} -${d.removed})`),
  done: (err, result) => {
    if (err) {
      console.error(`auklet: ${err.message}`);
      process.exitCode = 1;
      return;
    }
    console.log(`job finished: ${result.status}`);
  },
};

if (cmd === 'watch') {
  watchJob(rest[0], opts, handlers);
} else {
  createJob(rest.join(' '), opts, (err, job) => {
    if (err) return handlers.done(err);
    console.log(`started job ${job.id}`);
    watchJob(job.id, opts, handlers);
  });
}
