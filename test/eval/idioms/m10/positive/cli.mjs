#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lookupAccount } from './identity.mjs';
import { WorkspaceSync } from './sync.mjs';

const getAccount = promisify(lookupAccount);

async function loadSession(id) {
  const file = join(homedir(), '.petrel', 'sessions', `${id}.json`);
  return JSON.parse(await readFile(file, 'utf8'));
}

const [id] = process.argv.slice(2);
if (!id) {
  console.error('usage: petrel-share <session-id>');
  process.exit(2);
}

const token = process.env.PETREL_WORKSPACE_TOKEN;
const workspace = process.env.PETREL_WORKSPACE;
if (!token || !workspace) {
  console.error('petrel-share: set PETREL_WORKSPACE and PETREL_WORKSPACE_TOKEN');
  process.exit(2);
}

try {
  const session = await loadSession(id);
  const account = await getAccount();
  const sync = new WorkspaceSync({ account, token, workspace });
  const result = await sync.upload(session);
  console.log(`Shared "${session.title}" to ${workspace}: ${result.url ?? 'ok'}`);
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
}
