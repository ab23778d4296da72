#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { generateText } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { startTelemetry, stopTelemetry } from './telemetry.mjs';

const VERSION = '0.6.0';
const enabled = startTelemetry(VERSION);

const anthropic = createAnthropic({
  apiKey: process.env.IBIS_API_KEY ?? process.env.ANTHROPIC_API_KEY,
  baseURL: 'https://api.ibis.dev/anthropic/v1',
});

async function explain(file) {
  const source = await readFile(file, 'utf8');
  const { text, usage } = await generateText({
    model: anthropic('claude-haiku-4-5'),
    system: 'Explain the given source file to a new team member. Be concrete and brief.',
    prompt: `File: ${file}\n\n${source.slice(0, 60_000)}`,
    maxOutputTokens: 1200,
    experimental_telemetry: {
      isEnabled: enabled,
      functionId: 'ibis.explain',
      recordInputs: false,
      recordOutputs: false,
      metadata: { command: 'explain', extension: file.split('.').pop() ?? '' },
    },
  });
  return { text, usage };
}

const file = process.argv[2];
if (!file) {
  console.error('usage: ibis <file>');
  process.exitCode = 2;
} else {
  try {
    const { text, usage } = await explain(file);
    console.log(text);
    if (process.env.IBIS_DEBUG) console.error(usage);
  } catch (err) {
    console.error(`ibis: ${err.message}`);
    process.exitCode = 1;
  } finally {
    await stopTelemetry();
  }
}
