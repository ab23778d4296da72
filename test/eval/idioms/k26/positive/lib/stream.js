'use strict';
const { execFile } = require('node:child_process');
const { EventSource } = require('eventsource');

const API = process.env.AUKLET_API_URL || 'https://agents.auklet.dev';

function gitAuthor(cwd, cb) {
  execFile('git', ['config', '--get', 'user.email'], { cwd, timeout: 3000, windowsHide: true }, (err, stdout) => {
    if (err) return cb(null, null);
    const email = String(stdout).trim();
    cb(null, email || null);
  });
}

function authorizedFetch(token, author) {
  return (input, init = {}) =>
    fetch(input, {
      ...init,
      headers: {
        ...init.headers,
        authorization: `Bearer ${token}`,
        ...(author ? { 'x-auklet-author': author } : {}),
      },
    });
}

function watchJob(jobId, opts, handlers) {
  gitAuthor(opts.cwd, (_err, author) => {
    const es = new EventSource(`${API}/v1/jobs/${encodeURIComponent(jobId)}/events`, {
      fetch: authorizedFetch(opts.token, author),
    });
    es.addEventListener('log', (ev) => handlers.log(ev.data));
    es.addEventListener('diff', (ev) => handlers.diff(JSON.parse(ev.data)));
    es.addEventListener('done', (ev) => {
      es.close();
      handlers.done(null, JSON.parse(ev.data));
    });
    es.onerror = (ev) => {
      if (es.readyState === EventSource.CLOSED) handlers.done(new Error(ev.message || 'stream closed'));
    };
  });
}

function createJob(task, opts, cb) {
  fetch(`${API}/v1/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
    body: JSON.stringify({ task, repo: opts.repo, branch: opts.branch }),
  })
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`create failed: ${res.status}`))))
    .then((job) => cb(null, job), cb);
}

module.exports = { watchJob, createJob };
