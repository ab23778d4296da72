'use strict';
const os = require('node:os');
const { utcOffsetMinutes, lowerBound } = require('./clock');

const HISTORY_BUDGETS = [2000, 8000, 32000, 128000];

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
    needs: ['localTime'],
    text: (ctx) => `The user's local time is ${ctx.localTime}.`,
  },
  {
    needs: ['compact'],
    text: () => 'The conversation history has been truncated; ask the user if you need earlier context.',
  },
];

function formatOffset(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function context(historyChars = 0) {
  const now = new Date();
  return {
    cwd: process.cwd(),
    shell: process.platform === 'win32' ? 'PowerShell' : os.userInfo().shell || 'sh',
    localTime: `${now.toLocaleTimeString('en-GB')} (${formatOffset(utcOffsetMinutes(now))})`,
    compact: lowerBound(HISTORY_BUDGETS, historyChars) >= HISTORY_BUDGETS.length - 1,
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
