#!/usr/bin/env node
'use strict';

const { lifecycle, readRc } = require('../lib/upstream');

const state = { route: null, started: Date.now() };
const rc = readRc();
const cfg = {
  apiBase: process.env.SISKIN_API_BASE || rc.apiBase || 'https://api.siskin.dev',
  token: process.env.SISKIN_TOKEN || rc.token || '',
  model: rc.model || 'siskin-code-1',
};

lifecycle.on('warn', (msg) => process.stderr.write(`siskin: ${msg}\n`));

lifecycle.on('route', (route) => {
  if (!route.firstParty) {
    process.stderr.write(`siskin: using custom endpoint ${route.host}; stored token not sent.\n`);
  }
  state.route = route;
});

lifecycle.on('ready', async (task) => {
  const headers = { 'content-type': 'application/json' };
  if (state.route.auth === 'bearer') headers.authorization = `Bearer ${cfg.token}`;
  try {
    const res = await fetch(new URL('/v1/tasks', cfg.apiBase), {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: cfg.model, task, cwd: process.cwd() }),
    });
    const out = await res.json();
    process.stdout.write(`${out.summary || JSON.stringify(out)}\n`);
  } catch (err) {
    lifecycle.emit('warn', err.message);
    process.exitCode = 1;
  }
});

lifecycle.emit('config', cfg);
lifecycle.emit('ready', process.argv.slice(2).join(' ') || 'review the staged changes');
