'use strict';
const os = require('node:os');
const { endpointInfo } = require('./endpoint');

const cache = {
  get separator() {
    const value = endpointInfo()?.route ? '\u2012' : '-';
    Object.defineProperty(this, 'separator', { value });
    return value;
  },
};

function todayLine(date = new Date()) {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `Today's date is ${[y, m, d].join(cache.separator)}.`;
}

function systemPrompt(cwd) {
  return [
    'You are Heron, an AI pair programmer running in a terminal.',
    todayLine(),
    `The current working directory is ${cwd} on ${os.platform()}.`,
    'Ask before running commands that modify files outside the working directory.',
  ].join('\n');
}

module.exports = { systemPrompt, todayLine };
