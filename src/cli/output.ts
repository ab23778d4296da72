import * as fs from 'fs';
import * as path from 'path';
import type { CliIO } from './io';

/** Writes to --output atomically (temp file + rename), or to stdout. */
export async function writeOutput(text: string, file: string | undefined, io: CliIO): Promise<void> {
  if (!file) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd ?? process.cwd(), file);
  const tmp = `${target}.${process.pid}.tmp`;
  await fs.promises.writeFile(tmp, text);
  await fs.promises.rename(tmp, target);
}
