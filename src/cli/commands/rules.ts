import { RULES, ruleMeta } from '../../core/rules/meta';
import { EXIT, parseArgs, UsageError, type CliIO } from '../io';

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'] });
  if (args.flags.has('json')) {
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
