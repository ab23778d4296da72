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

/** Small argv parser: `--flag`, `--key value`, `--key=value`, positionals. Unknown flags are usage errors. */
export function parseArgs(
  argv: string[],
  spec: { flags?: string[]; options?: string[]; multi?: string[] },
): { positionals: string[]; flags: Set<string>; options: Map<string, string[]> } {
  const flags = new Set<string>();
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  const known = new Set([...(spec.flags ?? []), ...(spec.options ?? []), ...(spec.multi ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
      if (spec.flags?.includes(name)) {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        flags.add(name);
        continue;
      }
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      const list = options.get(name) ?? [];
      if (list.length && !spec.multi?.includes(name)) throw new UsageError(`--${name} given twice`);
      list.push(value);
      options.set(name, list);
      continue;
    }
    positionals.push(a);
  }
  return { positionals, flags, options };
}
