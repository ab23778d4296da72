import { EXIT, UsageError, type CliIO } from './io';
import { CANDOR_VERSION } from '../core/version';
import { scanCommand } from './commands/scan';
import { rulesCommand, explainCommand } from './commands/rules';
import { toolsCommand } from './commands/tools';
import { reportCommand, checkCommand, diffCommand } from './commands/report';

export type Command = (argv: string[], io: CliIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  scan: { run: scanCommand, summary: 'scan JS files, folders, packages, VSIX files, executables or --installed tools' },
  tools: { run: toolsCommand, summary: 'list the AI tools installed on this machine' },
  rules: { run: rulesCommand, summary: 'list the rules' },
  explain: { run: explainCommand, summary: 'explain one rule' },
  report: { run: reportCommand, summary: 'write a report with checklists and reviews (markdown, json, sarif, cyclonedx)' },
  check: { run: checkCommand, summary: 'enforce candor.policy.json; exits non-zero on violations' },
  diff: { run: diffCommand, summary: 'compare two versions of a tool' },
};

export const USAGE = `Usage: candor <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run \`candor <command> --help\` for a command's options.
Candor never runs the code it scans and never uses the network.
`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.stdout.write(`${CANDOR_VERSION}\n`);
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`candor: unknown command '${name}'\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`candor ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

