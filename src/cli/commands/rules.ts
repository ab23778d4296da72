import { RULES, ruleMeta } from '../../core/rules/meta';
import { EXIT, parseArgs, UsageError, type CliIO } from '../io';

export const RULES_HELP = `Usage: candor rules [--format text|json]

Lists every rule: its id, default severity, whether it is an alert or inventory, and what it reports.

Options:
  -f, --format FORMAT   text (default) or json (--json is the same as --format json)
`;

export const EXPLAIN_HELP = `Usage: candor explain <rule-id>

Explains one rule: what it reports, why it matters, what is ordinary, and the code shapes it looks
for. \`candor rules\` lists the ids.
`;

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['format'] });
  if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const format = args.flags.has('json') ? 'json' : args.options.get('format')?.[0] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  if (format === 'json') {
    io.stdout.write(JSON.stringify(RULES, null, 2) + '\n');
    return EXIT.ok;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) {
    io.stdout.write(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(8)} ${r.alert ? 'alert    ' : 'inventory'}  ${r.description}\n`);
  }
  return EXIT.ok;
}

export async function explainCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {});
  if (args.positionals.length > 1) throw new UsageError(`one rule at a time: unexpected argument '${args.positionals[1]}'`);
  const id = args.positionals[0];
  if (!id) throw new UsageError('name a rule: candor explain <rule-id> (candor rules lists them)');
  const r = ruleMeta(id);
  if (!r) {
    io.stderr.write(`candor explain: no rule '${id}'. Known rules: ${RULES.map((x) => x.id).join(', ')}\n`);
    return EXIT.usage;
  }
  io.stdout.write(
    `${r.id} — ${r.name}\n\n` +
      `Category: ${r.category} · default severity: ${r.defaultSeverity} · ${r.alert ? 'alert' : 'inventory only'}\n\n` +
      `${r.description}\n\nWhy it matters: ${r.rationale}\n\nLooks for:\n${r.looksFor.map((l) => `  - ${l}`).join('\n')}\n`,
  );
  return EXIT.ok;
}
