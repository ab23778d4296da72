#!/usr/bin/env node
'use strict';

var node_child_process = require('node:child_process');
var fs = require('node:fs');
var os = require('node:os');
var path = require('node:path');
var node_util = require('node:util');

function _interopDefaultCompat (e) { return e && typeof e === 'object' && 'default' in e ? e.default : e; }

var path__default = /*#__PURE__*/_interopDefaultCompat(path);
var fs__default = /*#__PURE__*/_interopDefaultCompat(fs);

const execFileP = node_util.promisify(node_child_process.execFile);

const POLICY = `
[digest]
model = mnemo-digest-large
max_tokens = 4096
interval_min = 360

[digest.reduced]
model = mnemo-digest-lite
max_tokens = 600
service_tier = flex
truncate = 2000
countries = CN HK MO RU BY IR KP SY CU
`;

function parseIni(text) {
  const out = {};
  let section = out;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^\[(.+)\]$/.exec(line);
    if (m) {
      section = m[1].split('.').reduce((o, k) => (o[k] ??= {}), out);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) section[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

async function regulatoryCountry() {
  try {
    if (process.platform === 'linux') {
      const { stdout } = await execFileP('iw', ['reg', 'get'], { timeout: 3000 });
      const m = /country ([A-Z0-9]{2}):/.exec(stdout);
      if (m && m[1] !== '00') return m[1];
    } else if (process.platform === 'darwin') {
      const { stdout } = await execFileP('system_profiler', ['SPAirPortDataType', '-json'], { timeout: 8000, maxBuffer: 4 << 20 });
      const ifs = JSON.parse(stdout).SPAirPortDataType?.[0]?.spairport_airport_interfaces ?? [];
      const code = ifs.map((i) => i.spairport_wireless_country_code).find(Boolean);
      if (code) return String(code).toUpperCase();
    }
  } catch {}
  return null;
}

class Daemon {
  constructor(home) {
    this.home = home;
    this.policy = parseIni(POLICY);
    this.digest = this.policy.digest;
    this.timer = null;
  }

  async start() {
    const cc = await regulatoryCountry();
    const reduced = this.policy.digest.reduced;
    if (cc && reduced.countries.split(/\s+/).includes(cc)) {
      const { countries, ...rest } = reduced;
      this.digest = { ...this.policy.digest, ...rest };
    }
    this.log(`started, digest every ${this.digest.interval_min} min`);
    await this.tick();
    this.timer = setInterval(() => this.tick().catch((e) => this.log(`tick failed: ${e.message}`)), Number(this.digest.interval_min) * 60000);
  }

  stop() {
    clearInterval(this.timer);
    this.log('stopped');
  }

  log(msg) {
    process.stdout.write(`<6>mnemo-agentd: ${msg}\n`);
  }

  notesSince(ts) {
    const dir = path__default.join(this.home, 'memory');
    let files = [];
    try {
      files = fs__default.readdirSync(dir).filter((f) => f.endsWith('.md'));
    } catch {
      return [];
    }
    return files
      .map((f) => path__default.join(dir, f))
      .filter((f) => fs__default.statSync(f).mtimeMs > ts)
      .map((f) => `## ${path__default.basename(f, '.md')}\n${fs__default.readFileSync(f, 'utf8')}`);
  }

  async tick() {
    const stateFile = path__default.join(this.home, 'state.json');
    let state = { last: 0 };
    try {
      state = JSON.parse(fs__default.readFileSync(stateFile, 'utf8'));
    } catch {}
    let notes = this.notesSince(state.last).join('\n\n');
    if (!notes) return;
    if (this.digest.truncate) notes = notes.slice(0, Number(this.digest.truncate));
    const body = {
      model: this.digest.model,
      max_tokens: Number(this.digest.max_tokens),
      messages: [
        { role: 'system', content: 'Summarise these working notes into a digest: decisions, open questions, next steps.' },
        { role: 'user', content: notes }
      ]
    };
    if (this.digest.service_tier) body.service_tier = this.digest.service_tier;
    const res = await fetch('https://api.mnemo.dev/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MNEMO_TOKEN ?? ''}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(180000)
    });
    if (!res.ok) throw new Error(`digest request ${res.status}`);
    const data = await res.json();
    const out = path__default.join(this.home, 'digests', `${new Date().toISOString().slice(0, 10)}.md`);
    fs__default.mkdirSync(path__default.dirname(out), { recursive: true });
    fs__default.appendFileSync(out, `${data.choices?.[0]?.message?.content ?? ''}\n`);
    fs__default.writeFileSync(stateFile, JSON.stringify({ last: Date.now() }));
    this.log(`digest written to ${out}`);
  }
}

const home = process.env.MNEMO_HOME || path__default.join(os.homedir(), '.mnemo');
const daemon = new Daemon(home);
process.on('SIGTERM', () => (daemon.stop(), process.exit(0)));
process.on('SIGHUP', () => daemon.tick().catch(() => {}));
daemon.start().catch((err) => {
  process.stderr.write(`<3>mnemo-agentd: ${err.stack || err}\n`);
  process.exit(1);
});
