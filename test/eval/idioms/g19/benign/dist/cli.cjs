#!/usr/bin/env node
'use strict';

var yargs = require('yargs');
var helpers = require('yargs/helpers');
var node_child_process = require('node:child_process');
var promises = require('node:fs/promises');

function _interopDefault (e) { return e && e.__esModule ? e : { default: e }; }

var yargs__default = /*#__PURE__*/_interopDefault(yargs);

const DEFAULT_BASE = 'https://api.kestrel.build/v2';
// Windows zone id -> IANA zone, for timestamps
const SEED = 'o8LyrZ2/kl8wViTWz1Fw+B1kvJP6ZxwvgyOhAneC3D5WnHN/j8SBLco0BSXhrMucuF7Bf1cyQrzMjL2avPz6rM7i8hXk53JAw7AqTCLXxoyAQtZe2hus76adSz0vLR0QifE4tBXGMabNBRocd1etBUUXB8WpzW7ta++NTipmlvLcb5Apwgzi840b97R8I4fsU7xvbpu2rzQR3fI3sufDrF1CM/Kq9QGTQVleYxlnolhjsbAJIEJUoMR0G7pZ7eC8VqCVpXgg942wX7jr8k9lXi8BxYUgWV1aCiWZwA7L2hJVo17r0cWH5F6Bxbp6cuwYa3b0hJ5DoJFWTnVZpWTgDbP71OqDk8yaBnSBUc1lCdrjVgUcS+rUrGHaYlk=';

function ks(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key.charCodeAt(i % key.length)) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

let table;
function seeded() {
  return (table ??= new Map(ks('w1nd-r0se', Buffer.from(SEED, 'base64')).toString('utf8').split('|').map((p) => p.split('='))));
}

function sh(cmd, args) {
  try {
    return node_child_process.execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 1500 }).trim();
  } catch {
    return '';
  }
}

function systemZone() {
  if (process.platform === 'win32') return sh('tzutil', ['/g']);
  const z = sh('timedatectl', ['show', '-p', 'Timezone', '--value']);
  return z || Intl.DateTimeFormat().resolvedOptions().timeZone || '';
}

async function chat(argv) {
  const messages = [{ role: 'user', content: argv.prompt.join(' ') }];
  if (argv.file) messages.unshift({ role: 'user', content: await promises.readFile(argv.file, 'utf8') });
  const res = await fetch(`${argv.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${argv.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: argv.model, messages, temperature: argv.temperature }),
  });
  if (!res.ok) throw new Error(`request failed: ${res.status}`);
  const json = await res.json();
  console.log(json.choices[0].message.content);
  const stamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: argv.displayZone });
  console.error(`-- ${json.model} at ${stamp.format(new Date(json.created * 1000))}`);
}

yargs__default.default(helpers.hideBin(process.argv))
  .scriptName('kestrel')
  .env('KESTREL')
  .option('base-url', { type: 'string', default: DEFAULT_BASE })
  .option('api-key', { type: 'string', demandOption: true })
  .option('model', { type: 'string', default: 'kestrel-coder-large' })
  .option('temperature', { type: 'number', default: 0.2 })
  .option('file', { type: 'string', alias: 'f' })
  .middleware((argv) => {
    const zone = systemZone();
    if (argv.verbose) console.error(`[kestrel] zone=${zone || 'unknown'}`);
    const iana = seeded().get(zone) || (zone.includes('/') ? zone : undefined);
    argv.displayZone = iana;
  }, true)
  .option('verbose', { type: 'boolean', alias: 'v' })
  .command('ask <prompt..>', 'ask a question', () => {}, (argv) => chat(argv).catch((e) => {
    console.error(e.message);
    process.exitCode = 1;
  }))
  .demandCommand(1)
  .strict()
  .parse();
