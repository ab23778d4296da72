'use strict';

const { BroadcastChannel } = require('node:worker_threads');
const { CHANNEL } = require('./platform');

// package manager used in `sandpiper doctor` hints for installing ripgrep
const MANAGERS = { debian: 'sudo apt install ripgrep', fedora: 'sudo dnf install ripgrep', arch: 'sudo pacman -S ripgrep', alpine: 'sudo apk add ripgrep', suse: 'sudo zypper install ripgrep' };

let verdict = { status: 'pending' };
const waiters = [];

function settle(next) {
  verdict = next;
  for (const resolve of waiters.splice(0)) resolve(verdict);
}

function evaluate(platform) {
  const ids = [platform.id, ...platform.idLike].filter(Boolean).map((s) => s.toLowerCase());
  const family = ids.find((id) => Object.prototype.hasOwnProperty.call(MANAGERS, id));
  const installHint = platform.os === 'darwin' ? 'brew install ripgrep' : platform.os === 'win32' ? 'winget install BurntSushi.ripgrep.MSVC' : family ? MANAGERS[family] : 'see https://github.com/BurntSushi/ripgrep#installation';
  return { status: 'ok', platform: platform.pretty || platform.os, installHint };
}

const channel = new BroadcastChannel(CHANNEL);
channel.unref();
channel.onmessage = (event) => {
  settle(evaluate(event.data));
  channel.close();
};

/** Resolves once the platform announcement has been evaluated (or after a short grace period). */
function supportStatus(graceMs = 750) {
  if (verdict.status !== 'pending') return Promise.resolve(verdict);
  return new Promise((resolve) => {
    waiters.push(resolve);
    setTimeout(() => {
      if (verdict.status === 'pending') settle({ status: 'ok', platform: 'unknown' });
    }, graceMs).unref();
  });
}

module.exports = { supportStatus };
