import { EXIT, UsageError, type CliIO } from './io';
import { CANDOR_VERSION } from '../core/version';
import { scanCommand, SCAN_HELP } from './commands/scan';
import { rulesCommand, explainCommand, RULES_HELP, EXPLAIN_HELP } from './commands/rules';
import { toolsCommand, TOOLS_HELP } from './commands/tools';
import { reportCommand, checkCommand, diffCommand, REPORT_HELP, CHECK_HELP, DIFF_HELP } from './commands/report';

export type Command = (argv: string[], io: CliIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string; help: string }> = {
  scan: { run: scanCommand, summary: 'scan JS files, folders, packages, VSIX files, executables or --installed tools', help: SCAN_HELP },
  tools: { run: toolsCommand, summary: 'list the AI tools installed on this machine', help: TOOLS_HELP },
  rules: { run: rulesCommand, summary: 'list the rules', help: RULES_HELP },
  explain: { run: explainCommand, summary: 'explain one rule', help: EXPLAIN_HELP },
  report: { run: reportCommand, summary: 'write a report with checklists and reviews (markdown, json, sarif, cyclonedx)', help: REPORT_HELP },
  check: { run: checkCommand, summary: 'enforce candor.policy.json; exits non-zero on violations', help: CHECK_HELP },
  diff: { run: diffCommand, summary: 'compare two versions of a tool', help: DIFF_HELP },
};

export const USAGE = `Usage: candor <command> [options]
       candor help <command>
       candor --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Options:
  -h, --help     the usage, or a command's options after its name
  -V, --version  Candor's version

Run \`candor <command> --help\` for a command's options.
Candor never runs the code it scans and never uses the network.
`;

/** Whether the arguments ask for help (before a `--` that ends the options). */
function asksHelp(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${CANDOR_VERSION}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (!topic) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const c = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
    if (!c) return usageError(io, 'help', `no command '${topic}'`, 'candor --help');
    io.stdout.write(c.help);
    return EXIT.ok;
  }
  const cmd = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) return usageError(io, undefined, `unknown command '${name}'`, 'candor --help');
  if (asksHelp(rest)) {
    io.stdout.write(cmd.help);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) return usageError(io, name, err.message, `candor ${name} --help`);
    throw err;
  }
}

/** A usage error: one line saying what is wrong, one saying where to look. */
function usageError(io: CliIO, command: string | undefined, message: string, hint: string): number {
  io.stderr.write(`candor${command ? ` ${command}` : ''}: ${message.split('\n')[0]}\nRun '${hint}' for usage.\n`);
  return EXIT.usage;
}
