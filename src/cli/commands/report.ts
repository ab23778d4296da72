import type { CliIO } from '../io';

async function unavailable(name: string, io: CliIO): Promise<number> {
  io.stderr.write(`candor ${name}: not available in this build\n`);
  return 2;
}
export const reportCommand = (_a: string[], io: CliIO) => unavailable('report', io);
export const checkCommand = (_a: string[], io: CliIO) => unavailable('check', io);
export const diffCommand = (_a: string[], io: CliIO) => unavailable('diff', io);
