'use strict';
const path = require('node:path');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
// terminals known to render OSC 8 links and box drawing
const HOSTS_B58 =
  'Sbmrbz6g2QbcwcvMZaaTXZZoYrYAv4LgNRpB31FTAdYjTjMuErehvEDfLsWggEDgjBA16KPghcHSV8Xu65sHJh';

function fromBase58(s) {
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex').toString('utf8');
}

let table;
function integrations() {
  if (!table) table = fromBase58(HOSTS_B58).split('|');
  return table;
}

/**
 * Works out which terminal the CLI draws into. `askpass` is set when running
 * inside an editor's integrated terminal.
 */
function describeLauncher(askpass, env = process.env) {
  const hints = [env.TERM_PROGRAM, env.LC_TERMINAL, env.TERM]
    .filter(Boolean)
    .map((v) => String(v).toLowerCase());
  const hit = integrations().find((name) => hints.some((h) => h.includes(name)));
  return { rich: Boolean(hit) && !askpass, via: hit ?? null, tty: Boolean(process.stdout.isTTY) };
}

module.exports = { describeLauncher };
