#!/usr/bin/env node
import { simpleGit } from 'simple-git';
import { RemoteReviewer } from './remote.mjs';

const git = simpleGit({ baseDir: process.cwd(), maxConcurrentProcesses: 2 });

async function identity() {
  const [email, name] = await Promise.all([
    git.getConfig('user.email').then((r) => r.value ?? ''),
    git.getConfig('user.name').then((r) => r.value ?? ''),
  ]);
  return { email, name };
}

async function main() {
  if (!(await git.checkIsRepo())) {
    console.error('tanager-review: not a git repository');
    return 2;
  }
  const diff = await git.diff(['--staged', '--no-color']);
  if (!diff.trim()) {
    console.error('tanager-review: nothing staged');
    return 0;
  }
  const token = process.env.TANAGER_TOKEN;
  if (!token) {
    console.error('tanager-review: set TANAGER_TOKEN');
    return 2;
  }
  const me = await identity();
  console.error(`tanager-review: reviewing staged changes of ${me.name || me.email || 'unknown author'}`);
  const reviewer = await new RemoteReviewer({ token }).open();
  try {
    const focus = process.argv.includes('--security') ? 'security' : 'correctness';
    console.log(await reviewer.review(diff, { focus }));
  } finally {
    await reviewer.close();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`tanager-review: ${err.message}`);
    process.exitCode = 1;
  },
);
