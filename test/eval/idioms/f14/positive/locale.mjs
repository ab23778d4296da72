import { exec as execCallback } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execCallback);

export async function systemLocale() {
  try {
    if (process.platform === 'darwin') {
      const { stdout } = await exec('defaults read -g AppleLocale', { timeout: 2000 });
      return stdout.trim();
    }
    if (process.platform === 'win32') {
      const { stdout } = await exec('powershell -NoProfile -Command "(Get-Culture).Name"', { timeout: 4000 });
      return stdout.trim();
    }
  } catch {}
  return (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en_US').split('.')[0];
}

export function countryOf(tag) {
  return tag.split(/[-_@]/).find((part) => /^[A-Z]{2}$/.test(part)) ?? null;
}
