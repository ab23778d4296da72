import * as fs from 'fs';
import * as path from 'path';
import { evaluateChecklist } from '../../core/review/checklist/evaluate';
import type { Report } from '../../core/model';
import { toCycloneDx } from '../../core/report/cyclonedx';
import { toMarkdown } from '../../core/report/markdown';
import { locateDeclaration, toSarif, type DeclarationLocation } from '../../core/report/sarif';
import { findReview, reviewStatus, type ReviewsFile } from '../../core/review/reviews';
import { EXIT, parseArgs, requireExisting, UsageError, type CliIO } from '../io';
import { writeOutput } from '../output';
import { ANALYZER_HELP, ANALYZER_OPTIONS, collectReports, disclosureMap, readReviewsOption, withAnalyzer, type ToolReport } from './collect';

export { checkCommand, CHECK_HELP } from './check';
export { diffCommand, DIFF_HELP } from './diff';

export const REPORT_FORMATS = ['markdown', 'json', 'sarif', 'cyclonedx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_HELP = `Usage: candor report [options] <path...>
       candor report --installed [options]

Scans the given tools (JS files, folders, packages, .vsix files, executables) or every installed AI
tool, and writes a report with each tool's disclosure checklist and the team's reviews.

Options:
  --installed            report on every AI tool found on this machine
  -f, --format FORMAT    markdown (default), json, sarif, cyclonedx
  -o, --output FILE      write the report to FILE instead of stdout
  --reviews FILE         reviews file (default: .candor/reviews.json in the current folder, if present)
  --declared-in FILE     sarif: a committed file that declares tools (repeatable; default
                         .vscode/extensions.json, candor.policy.json and package.json when present);
                         a finding's primary location becomes the tool's entry in it
  --title TEXT           markdown: the document's heading
  --max-file-size MB     skip JavaScript files larger than this (default 64)
${ANALYZER_HELP}  -h, --help             this help
`;

export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['installed', 'help', ...ANALYZER_OPTIONS.flags], options: ['format', 'output', 'reviews', 'title', 'max-file-size', ...ANALYZER_OPTIONS.options], multi: ['declared-in'] });
  if (args.flags.has('help')) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  const format = (args.options.get('format')?.[0] ?? 'markdown') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  const maxMb = Number(args.options.get('max-file-size')?.[0] ?? 64);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes');
  const installed = args.flags.has('installed');
  if (!installed && !args.positionals.length) throw new UsageError('give at least one path, or --installed');
  if (installed && args.positionals.length) throw new UsageError('give paths or --installed, not both');
  requireExisting(args.positionals, io.cwd ?? process.cwd());
  const { reviews } = await readReviewsOption(args.options.get('reviews')?.[0], io);
  const tools = await withAnalyzer(args, io, (ctx) => collectReports({ installed, paths: args.positionals, maxFileBytes: Math.round(maxMb * 1024 * 1024), ...ctx }, io));
  const reports = tools.map((t) => t.report);
  const disclosures = disclosureMap(tools);
  let text: string;
  switch (format) {
    case 'markdown':
      text = toMarkdown(reports, { reviews, disclosures, title: args.options.get('title')?.[0] });
      break;
    case 'sarif': {
      const cwd = io.cwd ?? process.cwd();
      const declarations = await findDeclarations(reports, args.options.get('declared-in') ?? defaultDeclarationFiles(cwd), cwd);
      text = JSON.stringify(toSarif(reports, { baseDir: cwd, declarations, disclosures }), null, 2) + '\n';
      break;
    }
    case 'cyclonedx':
      text = JSON.stringify(toCycloneDx(reports, { disclosures }), null, 2) + '\n';
      break;
    case 'json':
      text = JSON.stringify({ generator: reports[0]?.generator, reports: tools.map((t) => withChecklist(t, reviews)) }, null, 2) + '\n';
      break;
  }
  await writeOutput(text, args.options.get('output')?.[0], io);
  return EXIT.ok;
}

function withChecklist(t: ToolReport, reviews: ReviewsFile | undefined) {
  const checklist = evaluateChecklist(t.report, t.disclosure);
  const review = t.report.tool ? findReview(reviews, t.report.tool) : undefined;
  return { ...t.report, checklist, ...(review ? { review, reviewStatus: reviewStatus(review, t.report.tool, checklist) } : {}), ...(t.disclosure ? { disclosure: t.disclosure } : {}) };
}

function defaultDeclarationFiles(cwd: string): string[] {
  return [path.join('.vscode', 'extensions.json'), 'candor.policy.json', 'package.json'].filter((f) => fs.existsSync(path.join(cwd, f)));
}

/** The first committed file entry naming each tool (by id, catalog id or npm name). */
export async function findDeclarations(reports: Report[], files: string[], cwd: string): Promise<Record<string, DeclarationLocation>> {
  const out: Record<string, DeclarationLocation> = {};
  const texts: [string, string][] = [];
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    try {
      texts.push([abs, await fs.promises.readFile(abs, 'utf8')]);
    } catch (err) {
      throw new UsageError(`--declared-in ${f}: ${(err as Error).message}`);
    }
  }
  for (const r of reports) {
    const t = r.tool;
    if (!t) continue;
    const needles = [t.id, t.catalogId].filter((x): x is string => !!x);
    for (const [abs, text] of texts) {
      const hit = needles.map((n) => locateDeclaration(abs, text, n)).find((x) => x);
      if (hit) {
        out[t.id] = hit;
        break;
      }
    }
  }
  return out;
}
