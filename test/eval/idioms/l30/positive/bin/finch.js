#!/usr/bin/env node
'use strict';
const { track, shutdown, store } = require('../lib/analytics');

const commands = {
  async init() {
    store.set('project.lastInit', new Date().toISOString());
    console.log('finch: created .finch/ in', process.cwd());
  },
  async telemetry(arg) {
    if (arg === 'off' || arg === 'on') store.set('telemetry.enabled', arg === 'on');
    console.log(`telemetry: ${store.get('telemetry.enabled') === false ? 'off' : 'on'}`);
  },
  async help() {
    console.log('usage: finch <init|telemetry [on|off]|help>');
  },
};

(async () => {
  const [name = 'help', ...rest] = process.argv.slice(2);
  const cmd = commands[name] || commands.help;
  const started = Date.now();
  try {
    await cmd(...rest);
    track('command_run', { command: name, ok: true, ms: Date.now() - started });
  } catch (err) {
    track('command_run', { command: name, ok: false, error: err.code || 'unknown' });
    console.error(`finch: ${err.message}`);
    process.exitCode = 1;
  } finally {
    await shutdown();
  }
})();
