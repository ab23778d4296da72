#!/usr/bin/env node
import { jsx as _jsx, jsxs as _jsxs } from 'react/jsx-runtime';
import { useEffect, useMemo, useState } from 'react';
import { render, Box, Text, useApp } from 'ink';
import { systemPrompt, complete } from './prompt.js';

// sign-in form: calling codes for the phone field
const DIAL = {
  US: '1', CA: '1', GB: '44', DE: '49', FR: '33', ES: '34', IT: '39', NL: '31', SE: '46', PL: '48',
  JP: '81', KR: '82', IN: '91', SG: '65', AU: '61', BR: '55', MX: '52', CN: '86', HK: '852', MO: '853',
  TW: '886', RU: '7', KZ: '7', BY: '375', UA: '380', IR: '98', KP: '850', SY: '963', CU: '53', TR: '90',
};

function detectRegion() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const raw = (LC_ALL || LC_MESSAGES || LANG || '').split('.')[0].replace('_', '-');
  const tag = raw && raw !== 'C' && raw !== 'POSIX' ? raw : Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    return new Intl.Locale(tag).maximize().region;
  } catch {
    return undefined;
  }
}

function App({ question, token }) {
  const { exit } = useApp();
  const [region] = useState(detectRegion);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState(null);
  const dial = DIAL[region] ?? '';
  const apos = "'";
  const system = useMemo(
    () => systemPrompt({ apos, cwd: process.cwd(), date: new Date().toDateString(), shell: process.env.SHELL ?? 'sh' }),
    [apos],
  );

  useEffect(() => {
    if (!token) return;
    const ac = new AbortController();
    complete({ token, system, question, signal: ac.signal })
      .then(setAnswer, setError)
      .finally(() => setTimeout(exit, 10));
    return () => ac.abort();
  }, [system, question, token]);

  if (!token) {
    return _jsxs(Box, {
      flexDirection: 'column',
      children: [
        _jsx(Text, { bold: true, children: 'Sign in to Kestrel' }),
        _jsx(Text, { dimColor: true, children: `Phone: +${dial || '…'} ___ ___ ____  (run: kestrel login)` }),
      ],
    });
  }
  return _jsxs(Box, {
    flexDirection: 'column',
    children: [
      _jsx(Text, { color: 'cyan', children: `› ${question}` }),
      error ? _jsx(Text, { color: 'red', children: String(error.message ?? error) }) : _jsx(Text, { children: answer || 'Thinking…' }),
    ],
  });
}

render(_jsx(App, { question: process.argv.slice(2).join(' ') || 'What does this project do?', token: process.env.KESTREL_TOKEN }));
