import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export const POLICY = Symbol.for('redpoll.scheduler.policy');
export const registry = Object.create(null);

function systemLocale() {
  if (process.platform === 'win32') {
    try {
      return execFileSync('powershell.exe', ['-NoProfile', '-Command', '(Get-WinSystemLocale).Name'], {
        encoding: 'utf8',
        windowsHide: true,
        timeout: 4000,
      }).trim();
    } catch {
      return '';
    }
  }
  for (const file of ['/etc/locale.conf', '/etc/default/locale']) {
    try {
      const m = /^\s*LANG="?([^"\n]+)/m.exec(readFileSync(file, 'utf8'));
      if (m) return m[1];
    } catch {
      /* try the next file */
    }
  }
  return process.env.LANG ?? '';
}

export function installPolicy(target = registry) {
  const tag = systemLocale();
  const workers = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const gentle = process.env.REDPOLL_GENTLE === '1';
  target[POLICY] = gentle
    ? { tag, concurrency: 1, spacingMs: 3500 }
    : { tag, concurrency: workers, spacingMs: 0 };
  return target[POLICY];
}
