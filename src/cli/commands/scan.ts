import * as path from 'path';
import { isSeverity, severityRank, type Report, type Severity } from '../../core/model';
import { formatReport, SCAN_FORMATS, type ScanFormat } from '../../core/report';
import { summaryTable } from '../../core/report/text';
import { CANDOR_VERSION } from '../../core/version';
import { scanPaths } from '../../host/scanner';
import { EXIT, parseArgs, requireExisting, UsageError, useColor, type CliIO } from '../io';
import { writeOutput } from '../output';
import { ANALYZER_HELP, ANALYZER_OPTIONS, collectReports, withAnalyzer } from './collect';

export const SCAN_HELP = `Usage: candor scan [options] <path...>
       candor scan --installed [options]

Scans JavaScript files, folders, packages, .vsix files and executables (Bun, Node SEA), or every
AI tool installed on this machine, without running any of them.

Options:
  --installed            scan every AI tool found on this machine
  -f, --format FORMAT    text (default), json, sarif, markdown
  -o, --output FILE      write the report to FILE instead of stdout
  --fail-on SEVERITY     exit 1 when a finding is at or above SEVERITY (info|low|medium|high|critical)
  --min-severity SEV     text output: list findings at or above SEV (default low)
  --verbose              text output: every finding with its trace, repeats not folded, every input not read
  --strict               exit 3 when an input cannot be read or parsed
  --max-file-size MB     skip JavaScript files larger than this (default 64)
  --no-color             no ANSI colours (also NO_COLOR; FORCE_COLOR colours a pipe)
${ANALYZER_HELP}  -h, --help             this help
`;

export async function scanCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['installed', 'strict', 'no-color', 'help', 'verbose', ...ANALYZER_OPTIONS.flags],
    options: ['format', 'output', 'fail-on', 'min-severity', 'max-file-size', ...ANALYZER_OPTIONS.options],
  });
  if (args.flags.has('help')) {
    io.stdout.write(SCAN_HELP);
    return EXIT.ok;
  }
  const format = (args.options.get('format')?.[0] ?? 'text') as ScanFormat;
  if (!SCAN_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${SCAN_FORMATS.join(', ')}`);
  const failOn = args.options.get('fail-on')?.[0];
  if (failOn !== undefined && !isSeverity(failOn)) throw new UsageError('--fail-on must be info, low, medium, high or critical');
  const minSeverity = args.options.get('min-severity')?.[0] ?? 'low';
  if (!isSeverity(minSeverity)) throw new UsageError('--min-severity must be info, low, medium, high or critical');
  const maxMb = Number(args.options.get('max-file-size')?.[0] ?? 64);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes');
  const installed = args.flags.has('installed');
  if (!installed && args.positionals.length === 0) throw new UsageError('give at least one path, or --installed');
  if (installed && args.positionals.length) throw new UsageError('give paths or --installed, not both');

  const cwd = io.cwd ?? process.cwd();
  requireExisting(args.positionals, cwd);
  const maxFileBytes = Math.round(maxMb * 1024 * 1024);
  const reports: Report[] = [];
  await withAnalyzer(args, io, async (ctx) => {
    if (installed) {
      for (const t of await collectReports({ installed: true, paths: [], maxFileBytes, ...ctx }, io)) reports.push(t.report);
    } else {
      reports.push(await scanPaths(args.positionals.map((p) => path.resolve(cwd, p)), { maxFileBytes, onProgress: ctx.progress.update, analyze: ctx.analyzer.analyze, concurrency: ctx.analyzer.concurrency }));
    }
  });
  const time = new Date().toISOString();
  for (const r of reports) r.generator = { name: 'candor', version: CANDOR_VERSION, time };

  const color = format === 'text' && !args.options.has('output') && useColor(io, args.flags.has('no-color'));
  const text = renderReports(reports, format, { color, minSeverity: minSeverity as Severity, baseDir: cwd, verbose: args.flags.has('verbose') });
  await writeOutput(text, args.options.get('output')?.[0], io);

  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  if (failOn && reports.some((r) => r.findings.some((f) => severityRank(f.severity) >= severityRank(failOn as Severity)))) return EXIT.findings;
  if (args.flags.has('strict') && errors > 0) return EXIT.strict;
  return EXIT.ok;
}

export function renderReports(reports: Report[], format: ScanFormat, options: { color?: boolean; minSeverity?: Severity; baseDir?: string; verbose?: boolean }): string {
  if (reports.length === 0 && format === 'text') return 'No AI coding tools found on this machine (VS Code-family extension folders, PATH, npm/pnpm/yarn/bun globals, version managers and vendor install folders were searched).\n';
  if (reports.length === 1) return formatReport(reports[0], format, options);
  if (format === 'json') return JSON.stringify({ reports }, null, 2) + '\n';
  if (format === 'text') return reports.map((r) => formatReport(r, 'text', options)).join('\n' + '─'.repeat(60) + '\n') + '\n' + '─'.repeat(60) + '\n' + summaryTable(reports, options);
  // sarif and markdown take several reports natively
  const { toSarif } = require('../../core/report/sarif') as typeof import('../../core/report/sarif');
  const { toMarkdown } = require('../../core/report/markdown') as typeof import('../../core/report/markdown');
  const { disclosureOfTool } = require('../../host/catalog/disclosures') as typeof import('../../host/catalog/disclosures');
  const disclosures = Object.fromEntries(reports.flatMap((r) => (r.tool && disclosureOfTool(r.tool) ? [[r.tool.id, disclosureOfTool(r.tool)!]] : [])));
  return format === 'sarif' ? JSON.stringify(toSarif(reports, { baseDir: options.baseDir, disclosures }), null, 2) + '\n' : toMarkdown(reports, { disclosures });
}
