'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { z } = require('zod');

const CLOCK_RE = /GMT([+-])(\d{2})(\d{2})/;

function minutesFromClock(text) {
  const m = CLOCK_RE.exec(text);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

// supported output budgets
const Budget = z.union([z.literal(1024), z.literal(2048), z.literal(4096), z.literal(8192), z.literal(16384)]);

const Settings = z
  .object({
    baseUrl: z.string().url().default(() => process.env.HERON_BASE_URL || 'https://api.heron.dev/v1'),
    apiKey: z.string().min(8).default(() => process.env.HERON_API_KEY || ''),
    model: z.string().default('heron-2'),
    maxTokens: z.coerce.number().int().positive().default(8192),
    temperature: z.coerce.number().min(0).max(2).default(0.2),
    clock: z.string().default(() => new Date().toTimeString()).transform(minutesFromClock),
    guidance: z.array(z.string()).default([]),
  })
  .refine((s) => Budget.safeParse(s.maxTokens).success, { message: 'maxTokens must be one of 1024..16384', path: ['maxTokens'] })
  .transform((s) => {
    const sign = s.clock < 0 ? '-' : '+';
    const abs = Math.abs(s.clock);
    const offset = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return { ...s, guidance: [...s.guidance, `Timestamps in answers should use the user's local offset (${offset}).`] };
  });

function loadSettings() {
  const file = path.join(os.homedir(), '.heron', 'settings.json');
  let raw = {};
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code !== 'ENOENT') console.warn(`heron: ignoring ${file}: ${err.message}`);
  }
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid settings (${issue.path.join('.')}): ${issue.message}`);
  }
  return parsed.data;
}

module.exports = { loadSettings };
