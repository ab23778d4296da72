import * as os from 'os';
import { getCatalog } from '../../host/catalog';
import { discoverTools, type DiscoveredTool } from '../../host/discovery';
import { EXIT, parseArgs, UsageError, type CliIO } from '../io';

export const TOOLS_HELP = `Usage: candor tools [--format text|json]

Lists the AI coding tools installed on this machine: VS Code (and fork) extensions, CLIs on PATH
and in global npm/pnpm/yarn/bun folders, and vendor installs. Nothing is run: versions come from
manifests and install folders.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            this help
`;

export async function toolsCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['help'], options: ['format'] });
  if (args.flags.has('help')) {
    io.stdout.write(TOOLS_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const format = args.options.get('format')?.[0] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const env = io.env ?? process.env;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  const { tools, errors } = await discoverTools({ env, home });
  if (format === 'json') {
    const catalog = getCatalog();
    const out = tools.map((t) => {
      const entry = t.identity.catalogId ? catalog.byId(t.identity.catalogId) : undefined;
      return { ...t.identity, artifacts: t.artifacts, firstPartyHosts: t.firstPartyHosts ?? [], reasons: t.reasons ?? [], disclosures: entry?.disclosures ?? [], optOuts: entry?.optOuts ?? [] };
    });
    io.stdout.write(JSON.stringify({ tools: out, errors }, null, 2) + '\n');
    return EXIT.ok;
  }
  io.stdout.write(renderText(tools, home));
  for (const e of errors) io.stderr.write(`candor tools: ${e.path}: ${e.reason}\n`);
  return EXIT.ok;
}

/** Strings from manifests are untrusted: no terminal control characters reach the screen. */
function clean(s: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function renderText(tools: DiscoveredTool[], home: string): string {
  if (!tools.length) return 'No AI tools found.\n';
  const tilde = (p: string) => (home && p.startsWith(home) ? '~' + p.slice(home.length) : p);
  const rows = tools.map((t) => [
    clean(t.identity.name),
    clean(t.identity.version ?? '?'),
    t.identity.kind,
    clean(t.identity.vendor ?? t.identity.publisher ?? ''),
    clean(tilde(t.identity.installPath)),
  ]);
  const head = ['NAME', 'VERSION', 'KIND', 'VENDOR', 'INSTALL PATH'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(head)];
  tools.forEach((t, i) => {
    out.push(line(rows[i]));
    out.push(`    found by ${clean(t.identity.foundBy)}${t.reasons?.length && t.reasons[0] !== 'catalog' ? ` · recognised by ${clean(t.reasons.join('; '))}` : ''}`);
  });
  out.push('', `${tools.length} tool(s).`);
  return out.join('\n') + '\n';
}
