import * as fs from 'fs';
import * as path from 'path';
import { evaluatePolicy, parsePolicy } from '../../core/review/policy';
import { printable } from '../../core/text';
import { EXIT, parseArgs, requireExisting, UsageError, type CliIO } from '../io';
import { ANALYZER_HELP, ANALYZER_OPTIONS, collectReports, disclosureMap, readReviewsOption, withAnalyzer } from './collect';

export const CHECK_HELP = `Usage: candor check [options] <path...>
       candor check --installed [options]

Enforces a policy file on the given tools or every installed AI tool: blocked and allowed tools and
versions, rules or categories that fail, checklist items that must be reviewed and accepted.

Options:
  --policy FILE          policy file (default: candor.policy.json in the current folder)
  --reviews FILE         reviews file (default: .candor/reviews.json in the current folder, if present)
  --installed            check every AI tool found on this machine
  -f, --format FORMAT    text (default: one line per violation) or json (--json is the same)
  --max-file-size MB     skip JavaScript files larger than this (default 64)
${ANALYZER_HELP}  -h, --help             this help

Exit codes: 0 the policy holds, 1 one line per violation, 2 usage, policy or reviews file errors.

Policy file:
  {
    "version": 1,
    "allowedTools": ["acme.ai-coder", {"id": "@acme/cli", "versions": "^2.1"}],
    "blockedTools": ["evil.tool", "other.tool@<1.4.0"],
    "failOn": [{"rule": "covert-marker"}, {"category": "gating", "minSeverity": "high"}],
    "requiredReviewedItems": ["telemetry", "gating"],
    "failOnUnreviewedAlerts": true
  }
`;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['installed', 'help', 'json', ...ANALYZER_OPTIONS.flags], options: ['policy', 'reviews', 'max-file-size', 'format', ...ANALYZER_OPTIONS.options] });
  if (args.flags.has('help')) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const cwd = io.cwd ?? process.cwd();
  const installed = args.flags.has('installed');
  if (!installed && !args.positionals.length) throw new UsageError('give at least one path, or --installed');
  if (installed && args.positionals.length) throw new UsageError('give paths or --installed, not both');
  requireExisting(args.positionals, cwd);
  const format = args.flags.has('json') ? 'json' : args.options.get('format')?.[0] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const maxMb = Number(args.options.get('max-file-size')?.[0] ?? 64);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes');

  const policyPath = path.resolve(cwd, args.options.get('policy')?.[0] ?? 'candor.policy.json');
  let policyText: string;
  try {
    policyText = await fs.promises.readFile(policyPath, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(e.code === 'ENOENT' ? `no policy file at ${policyPath} (write one, or pass --policy FILE; --help shows the format)` : `cannot read ${policyPath}: ${e.message}`);
  }
  const parsed = parsePolicy(policyText, policyPath);
  if (!parsed.ok) {
    io.stderr.write(`candor check: the policy file is not valid:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return EXIT.usage;
  }
  const { reviews } = await readReviewsOption(args.options.get('reviews')?.[0], io);
  const tools = await withAnalyzer(args, io, (ctx) => collectReports({ installed, paths: args.positionals, maxFileBytes: Math.round(maxMb * 1024 * 1024), ...ctx }, io));
  const violations = evaluatePolicy(parsed.policy, tools.map((t) => t.report), reviews, { disclosures: disclosureMap(tools) });
  if (format === 'json') io.stdout.write(JSON.stringify({ policy: policyPath, tools: tools.length, violations }, null, 2) + '\n');
  else for (const v of violations) io.stdout.write(`${printable(v.reason, 600)}\n`);
  if (violations.length) {
    io.stderr.write(`candor check: ${violations.length} violation${violations.length === 1 ? '' : 's'} of ${path.relative(cwd, policyPath) || policyPath} in ${tools.length} tool${tools.length === 1 ? '' : 's'}\n`);
    return EXIT.findings;
  }
  io.stderr.write(`candor check: ${tools.length} tool${tools.length === 1 ? '' : 's'} ${tools.length === 1 ? 'complies' : 'comply'} with ${path.relative(cwd, policyPath) || policyPath}\n`);
  return EXIT.ok;
}
