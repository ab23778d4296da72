import * as fs from 'fs';
import * as path from 'path';
import { UsageError, type CliIO } from './io';

/** Writes to --output atomically (temp file + rename), or to stdout. */
export async function writeOutput(text: string, file: string | undefined, io: CliIO): Promise<void> {
  if (!file) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd ?? process.cwd(), file);
  const dir = path.dirname(target);
  const st = await fs.promises.stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`cannot write ${file}: there is no folder ${path.relative(io.cwd ?? process.cwd(), dir) || dir}`);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await fs.promises.writeFile(tmp, text);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`cannot write ${file}: ${e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'EISDIR' ? 'it is a folder' : e.message.replace(tmp, target)}`);
  }
}
