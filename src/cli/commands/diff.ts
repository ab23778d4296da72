import * as fs from 'fs';
import * as path from 'path';
import { disclosureOfTool } from '../../host/catalog/disclosures';
import { diffReports, diffToJson, diffToMarkdown, diffToText, newAlerts, type ReportDiff } from '../../core/review/diff';
import { emptyInventory, type Report } from '../../core/model';
import { printable } from '../../core/text';
import { EXIT, parseArgs, UsageError, type CliIO } from '../io';
import { writeOutput } from '../output';
import { ANALYZER_HELP, ANALYZER_OPTIONS, collectReports, withAnalyzer, type ScanContext } from './collect';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_HELP = `Usage: candor diff [options] OLD NEW

Compares two versions of a tool: findings matched by fingerprint (new, gone, changed) and what it
senses (new environment variables read, new hosts, new commands, …). OLD and NEW are paths (JS
file, folder, package, .vsix, executable) or reports saved with \`candor scan --format json\`.

Options:
  -f, --format FORMAT    text (default), json, markdown
  -o, --output FILE      write the comparison to FILE instead of stdout
  --fail-on-new-alerts   exit 1 when NEW has an alert OLD did not have
  --max-file-size MB     skip JavaScript files larger than this (default 64)
${ANALYZER_HELP}  -h, --help             this help

OLD and NEW may also be npm tarballs (.tgz, as \`npm pack\` writes them), read without unpacking.
Exit codes: 0 compared, 1 new alerts with --fail-on-new-alerts, 2 usage, 3 a side could not be
read at all (nothing was compared). Inputs read only in part are listed as incomplete.
`;

/** A saved `candor scan --format json` report, or `{ reports: [...] }` from a multi-tool scan. */
export function asSavedReports(data: unknown): Report[] | undefined {
  const isReport = (x: unknown): x is Report => {
    if (!x || typeof x !== 'object') return false;
    const r = x as Record<string, unknown>;
    return Array.isArray(r.findings) && Array.isArray(r.artifacts) && Array.isArray(r.errors) && !!r.inventory && typeof r.inventory === 'object';
  };
  if (isReport(data)) return [normalise(data)];
  const rs = (data as { reports?: unknown })?.reports;
  if (Array.isArray(rs) && rs.length && rs.every(isReport)) return rs.map(normalise);
  return undefined;
}

function normalise(r: Report): Report {
  return { ...r, inventory: { ...emptyInventory(), ...r.inventory } };
}

async function loadSide(p: string, io: CliIO, maxFileBytes: number, ctx: ScanContext): Promise<Report[]> {
  const abs = path.resolve(io.cwd ?? process.cwd(), p);
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(abs);
  } catch (err) {
    throw new UsageError(`${p}: ${(err as Error).message}`);
  }
  if (st.isFile() && st.size < 1024 * 1024 * 1024) {
    // By content, not name: a saved report is JSON with findings, artifacts, errors and inventory.
    const fd = await fs.promises.open(abs, 'r');
    const head = Buffer.alloc(64);
    await fd.read(head, 0, 64, 0).finally(() => fd.close());
    if (/^\s*\{/.test(head.toString('utf8').replace(/^\uFEFF/, ''))) {
      try {
        const saved = asSavedReports(JSON.parse(await fs.promises.readFile(abs, 'utf8')));
        if (saved) return saved;
      } catch {
        /* not JSON: a script that starts with a block */
      }
    }
  }
  return (await collectReports({ installed: false, paths: [abs], maxFileBytes, analyzer: ctx.analyzer, progress: ctx.progress }, io)).map((t) => t.report);
}

/** Pairs reports by tool id when a side holds several; one each: compared directly. */
function pair(a: Report[], b: Report[]): [Report, Report][] {
  if (a.length === 1 && b.length === 1) return [[a[0], b[0]]];
  const key = (r: Report, i: number) => r.tool?.id ?? `#${i}`;
  const empty = (): Report => ({ artifacts: [], findings: [], errors: [], inventory: emptyInventory() });
  const bm = new Map(b.map((r, i) => [key(r, i), r]));
  const out: [Report, Report][] = [];
  a.forEach((r, i) => {
    const k = key(r, i);
    out.push([r, bm.get(k) ?? { ...empty(), ...(r.tool ? { tool: r.tool } : {}) }]);
    bm.delete(k);
  });
  for (const r of bm.values()) out.push([{ ...empty(), ...(r.tool ? { tool: r.tool } : {}) }, r]);
  return out;
}

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['help', 'fail-on-new-alerts', ...ANALYZER_OPTIONS.flags], options: ['format', 'output', 'max-file-size', ...ANALYZER_OPTIONS.options] });
  if (args.flags.has('help')) {
    io.stdout.write(DIFF_HELP);
    return EXIT.ok;
  }
  const format = (args.options.get('format')?.[0] ?? 'text') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}`);
  if (args.positionals.length !== 2) throw new UsageError('give exactly two paths or saved reports: candor diff OLD NEW');
  const maxMb = Number(args.options.get('max-file-size')?.[0] ?? 64);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes');
  const max = Math.round(maxMb * 1024 * 1024);
  const [oldSide, newSide] = await withAnalyzer(args, io, async (ctx) => [await loadSide(args.positionals[0], io, max, ctx), await loadSide(args.positionals[1], io, max, ctx)]);
  // The new version's vendor record says which of its newly read variables are undocumented.
  const diffs: ReportDiff[] = pair(oldSide, newSide).map(([a, b]) => diffReports(a, b, disclosureOfTool(b.tool)));
  let text: string;
  if (format === 'json') text = diffs.length === 1 ? diffToJson(diffs[0]) : JSON.stringify({ diffs }, null, 2) + '\n';
  else if (format === 'markdown') text = diffs.map(diffToMarkdown).join('\n');
  else text = diffs.map(diffToText).join('\n');
  await writeOutput(text, args.options.get('output')?.[0], io);
  // A side with nothing readable is no comparison: never "no change" with exit 0, and every alert
  // of the other side is not "new".
  const unreadable = diffs.flatMap((d) => [d.old, d.new]).filter((s) => s.unreadable);
  if (unreadable.length) {
    io.stderr.write(`candor diff: ${unreadable.map((s) => printable(s.paths.join(', ') || '(an input)', 300)).join('; ')} could not be read; nothing was compared\n`);
    return EXIT.strict;
  }
  if (args.flags.has('fail-on-new-alerts') && diffs.some((d) => newAlerts(d).length)) return EXIT.findings;
  return EXIT.ok;
}
