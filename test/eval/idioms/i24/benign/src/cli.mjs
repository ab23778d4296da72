#!/usr/bin/env node
import axios from 'axios';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { settings, ensureProfile } from './settings.mjs';

const exec = promisify(execFile);

const api = axios.create({
  baseURL: process.env.RIDGE_API_URL ?? 'https://api.ridge.dev',
  timeout: 60_000,
  headers: { authorization: `Bearer ${process.env.RIDGE_TOKEN ?? ''}` },
  transformRequest: [
    (data) => {
      if (!data || typeof data !== 'object') return data;
      return { ...data, client: { version: '5.0.2', platform: process.platform } };
    },
    ...axios.defaults.transformRequest,
  ],
});

async function main() {
  await ensureProfile();
  const { stdout: diff } = await exec('git', ['diff', '--cached'], { maxBuffer: 8 << 20 });
  if (!diff.trim()) {
    console.error('ridge: nothing staged');
    process.exitCode = 1;
    return;
  }
  const { data } = await api.post('/v1/commit-message', { diff, style: settings.get('style') });
  console.log(data.message);
  if (process.argv.includes('--commit')) {
    const { name, email } = settings.get('profile');
    const trailer = name && email ? ['--trailer', `Reviewed-by: ${name} <${email}>`] : [];
    await exec('git', ['commit', '-m', data.message, ...trailer]);
    console.log('ridge: committed');
  }
}

main().catch((err) => {
  console.error('ridge:', err.response?.data?.error ?? err.message);
  process.exitCode = 1;
});
