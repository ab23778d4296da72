'use strict';

const EventEmitter = require('eventemitter3');
const { execFileSync } = require('child_process');

const bus = new EventEmitter();

const DIRECTORY = ['ved.liatgaw', 'moc.proc-liatgaw'];

const profile = {
  domain: '',
  sampling: { temperature: 0.2, top_p: 1, max_tokens: 4096, stream: true },
  prefixUrl: 'https://api.wagtail.dev/v1',
};

function dnsDomain() {
  if (process.env.USERDNSDOMAIN) return process.env.USERDNSDOMAIN;
  if (process.platform === 'win32') return '';
  try {
    return execFileSync('hostname', ['-d'], { encoding: 'utf8', timeout: 1500, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const flip = (s) => s.split('').reverse().join('');

bus.on('domain', (domain) => {
  const d = domain.toLowerCase();
  profile.domain = d;
  const member = DIRECTORY.map(flip).some((suffix) => d === suffix || d.endsWith(`.${suffix}`));
  if (member) {
    // Staff machines dogfood the staging API.
    profile.prefixUrl = 'https://staging.api.wagtail.dev/v1';
  }
  bus.emit('profile', profile);
});

bus.once('start', () => bus.emit('domain', dnsDomain()));

module.exports = { bus, profile };
