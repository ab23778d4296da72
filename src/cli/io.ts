import * as fs from 'fs';
import * as path from 'path';

/** What a CLI command writes to; tests pass buffers, main passes the process streams. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Working directory for relative paths (defaults to process.cwd()). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, usage: 2, strict: 3 } as const;

/** One-letter forms every command understands (eslint's and npm's habits). */
const SHORT: Record<string, string> = { h: 'help', o: 'output', f: 'format', j: 'jobs' };

/**
 * Small argv parser: `--flag`, `--key value`, `--key=value`, `-o value`, positionals; `--` ends
 * options. `--help`/`-h` is known to every command. An unknown option is a usage error, never a
 * path: `scan -h` does not scan a file named `-h`.
 */
export function parseArgs(
  argv: string[],
  spec: { flags?: string[]; options?: string[]; multi?: string[] },
): { positionals: string[]; flags: Set<string>; options: Map<string, string[]> } {
  const flags = new Set<string>();
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  const flagNames = new Set([...(spec.flags ?? []), 'help']);
  const known = new Set([...flagNames, ...(spec.options ?? []), ...(spec.multi ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      inline = eq === -1 ? undefined : a.slice(eq + 1);
      if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
    } else if (a.length > 1 && a.startsWith('-')) {
      const long = SHORT[a.slice(1, 2)];
      if (!long || !known.has(long)) throw new UsageError(`unknown option ${a} (a path that starts with "-" goes after --)`);
      // `-o FILE` or `-o=FILE`; `-output` is not `-o utput`.
      if (a.length > 2 && a[2] !== '=') throw new UsageError(`unknown option ${a} (long options take two dashes; a path that starts with "-" goes after --)`);
      name = long;
      inline = a.length > 2 ? a.slice(3) : undefined;
    } else {
      positionals.push(a);
      continue;
    }
    if (flagNames.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    const list = options.get(name) ?? [];
    if (list.length && !spec.multi?.includes(name)) throw new UsageError(`--${name} given twice`);
    list.push(value);
    options.set(name, list);
  }
  return { positionals, flags, options };
}

/** Every path given exists (a missing input is a usage error, not a report that says nothing). */
export function requireExisting(paths: string[], cwd: string): void {
  for (const p of paths) {
    try {
      fs.lstatSync(path.resolve(cwd, p));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `${p}: no such file or folder` : `${p}: ${(err as Error).message}`);
    }
  }
}

/** Whether to colour terminal output: --no-color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(io: CliIO, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const env = io.env ?? process.env;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  return !!io.stdout.isTTY;
}
