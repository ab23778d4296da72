#!/usr/bin/env node
'use strict';

const sade = require('sade');
const { check, install, VERSION } = require('./updater');

const prog = sade('ibis');

prog.version(VERSION).option('--verbose, -v', 'Print debugging output', false);

prog
  .command('ask <question>', 'Ask a one-off question', { default: true })
  .option('--model, -m', 'Model to use', 'ibis-2')
  .action(async (question, opts) => {
    const res = await fetch('https://api.ibis.sh/v1/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.IBIS_API_KEY || ''}` },
      body: JSON.stringify({ model: opts.model, question })
    });
    const { answer } = await res.json();
    console.log(answer);
  });

prog
  .command('update')
  .describe('Check for a newer release and download it')
  .option('--channel', 'Release channel (stable, beta)', 'stable')
  .option('--check', 'Only report whether an update exists', false)
  .example('update --check')
  .action(async (opts) => {
    const release = await check(opts.channel);
    if (!release) return console.log(`ibis ${VERSION} is up to date.`);
    console.log(`ibis ${release.version} is available (${opts.channel}).`);
    if (opts.check) return;
    const file = await install(release);
    console.log(`Downloaded to ${file}. Replace your current binary with it to finish updating.`);
  });

prog.parse(process.argv, {
  unknown: (flag) => `Unknown option: ${flag}`
});

process.on('unhandledRejection', (err) => {
  console.error(`ibis: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
