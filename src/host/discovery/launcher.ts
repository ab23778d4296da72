import * as fs from 'fs';
import * as path from 'path';

/** How many processes up the chain are read: code-server's launcher, its server, the extension host's parent. */
const MAX_DEPTH = 4;
/** An environment block is at most a few hundred KB (the kernel's argument limit); more is not one. */
const MAX_ENVIRON = 1024 * 1024;

/**
 * The PATH folders of the processes that started this one, on Linux, that this process's own PATH
 * does not name. An editor's server (code-server, Remote-SSH, a dev container) gives its extension
 * host the PATH of the user's login shell, not the PATH the server was started with, so a CLI the
 * user runs from the launching shell's PATH (an npm prefix named only there) would go unseen by
 * the extension while `candor tools` in that shell lists it.
 *
 * Reads `/proc/<pid>/stat` (for the parent's id) and `/proc/<pid>/environ` (the environment each
 * ancestor was started with) of this user's own ancestors, keeps `PATH` and nothing else, and
 * stops at the first process it cannot read. Elsewhere than Linux it returns nothing.
 */
export async function launcherPathDirs(opts: { pid?: number; procRoot?: string; own?: string; platform?: NodeJS.Platform } = {}): Promise<string[]> {
  if ((opts.platform ?? process.platform) !== 'linux') return [];
  const proc = opts.procRoot ?? '/proc';
  const own = new Set((opts.own ?? process.env.PATH ?? '').split(':'));
  const out: string[] = [];
  let pid = opts.pid ?? process.pid;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = await parentOf(proc, pid);
    if (parent === undefined || parent <= 1) break;
    pid = parent;
    const env = await readProcFile(path.join(proc, String(pid), 'environ'));
    if (env === undefined) break;
    const entry = env.split('\0').find((e) => e.startsWith('PATH='));
    for (const d of (entry?.slice(5) ?? '').split(':').slice(0, 500)) {
      if (d && path.isAbsolute(d) && !own.has(d) && !out.includes(d)) out.push(d);
    }
  }
  return out;
}

/** The parent's id from `/proc/<pid>/stat`: the field after the command name, which is in parentheses and may hold any character. */
async function parentOf(proc: string, pid: number): Promise<number | undefined> {
  const stat = await readProcFile(path.join(proc, String(pid), 'stat'));
  if (stat === undefined) return undefined;
  const rest = stat.slice(stat.lastIndexOf(')') + 1).trim().split(/\s+/);
  const ppid = Number(rest[1]);
  return Number.isInteger(ppid) && ppid >= 0 ? ppid : undefined;
}

/** A /proc file's text (its size reads as 0, so it is read to its end), or undefined when it cannot be read. */
async function readProcFile(file: string): Promise<string | undefined> {
  let fh: fs.promises.FileHandle | undefined;
  try {
    fh = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (!bytesRead) break;
      total += bytesRead;
      if (total > MAX_ENVIRON) return undefined;
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
