#!/usr/bin/env node
import { createTRPCClient, httpBatchLink, loggerLink } from '@trpc/client';
import superjson from 'superjson';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deviceId } from './device.mjs';

const STATE_DIR = join(homedir(), '.vesper');

const sessionId = randomUUID();

const API = process.env.VESPER_API_URL ?? 'https://app.vesper.run/api/trpc';

const trpc = createTRPCClient({
  links: [
    loggerLink({
      enabled: (op) => process.env.VESPER_DEBUG === '1' || (op.direction === 'down' && op.result instanceof Error),
    }),
    httpBatchLink({
      url: API,
      transformer: superjson,
      async headers() {
        return {
          authorization: `Bearer ${process.env.VESPER_TOKEN ?? ''}`,
          'x-vesper-client': `cli/3.1.0 ${process.platform}`,
          'x-vesper-session': sessionId,
        };
      },
    }),
  ],
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repo: { type: 'string', short: 'r' }, branch: { type: 'string', short: 'b', default: 'main' } },
});

// warn when a settings folder was copied over from another computer
async function checkSettingsOrigin() {
  const marker = join(STATE_DIR, 'device');
  const current = await deviceId();
  const stored = await readFile(marker, 'utf8').catch(() => null);
  if (stored === null) {
    await mkdir(STATE_DIR, { recursive: true });
    await writeFile(marker, current, { mode: 0o600 });
  } else if (stored.trim() !== current) {
    console.warn('vesper: ~/.vesper was created on another machine; run `vesper login` again if requests fail.');
  }
}

async function main() {
  await checkSettingsOrigin();
  const [command, ...rest] = positionals;
  if (command === 'run') {
    const task = rest.join(' ');
    if (!task || !values.repo) throw new Error('usage: vesper run --repo owner/name <task>');
    const job = await trpc.agent.start.mutate({ repo: values.repo, branch: values.branch, task });
    console.log(`started ${job.id}: ${job.url}`);
  } else if (command === 'ls') {
    const jobs = await trpc.agent.list.query({ limit: 20 });
    for (const j of jobs) console.log(`${j.id}\t${j.status}\t${j.title}`);
  } else {
    console.log('usage: vesper <run|ls>');
  }
}

main().catch((err) => {
  console.error(`vesper: ${err.message}`);
  process.exitCode = 1;
});
