import { execFileSync } from 'node:child_process';

const run = (args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

export const stagedDiff = () => run(['diff', '--staged', '--no-color', '--unified=2']);
export const branch = () => run(['rev-parse', '--abbrev-ref', 'HEAD']);

let who;
export function committer() {
  if (who) return who;
  const email = process.env.GIT_COMMITTER_EMAIL || run(['config', '--get', 'user.email']);
  const at = email.lastIndexOf('@');
  who = { email, domain: at > 0 ? email.slice(at + 1).toLowerCase() : '' };
  return who;
}

export function commit(message) {
  execFileSync('git', ['commit', '-F', '-'], { input: message, stdio: ['pipe', 'inherit', 'inherit'] });
}
