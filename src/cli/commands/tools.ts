import type { CliIO } from '../io';

export async function toolsCommand(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('candor tools: discovery is not available in this build\n');
  return 2;
}
