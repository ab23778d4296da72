import { BinaryFile, ContainerError, readLayout, sniffExecutable, type ExecutableFormat, type ExecutableLayout, type Region } from './binary';
import { bunRegions, isJavaScriptModule, probeBun, readBunModules } from './bun';
import { errorEvent, SourceDedupe, type InputEvent, type Limits } from './common';
import { nativeInventory, nativeStrings, nativeStringsFinding } from './native';
import { parseSeaBlob, readSeaSources, SEA_FUSE, seaRegion } from './sea';

const FORMAT_NAME: Record<ExecutableFormat, string> = { elf: 'ELF', macho: 'Mach-O', 'macho-fat': 'Mach-O (universal)', pe: 'PE' };

/**
 * An executable: a Bun graph, a Node SEA blob, or native code (strings only). Every structural
 * problem is an error for this executable only.
 */
export async function* expandExecutable(path: string, format: ExecutableFormat, limits: Limits, dedupe: SourceDedupe, signal?: AbortSignal): AsyncGenerator<InputEvent> {
  let file: BinaryFile;
  try {
    file = await BinaryFile.open(path);
  } catch (err) {
    yield errorEvent(path, 'read', (err as Error).message);
    return;
  }
  try {
    let layout: ExecutableLayout;
    try {
      layout = await readLayout(file, format);
    } catch (err) {
      if (!(err instanceof ContainerError)) throw err;
      // A broken header still leaves the appended Bun format and the strings to look at.
      yield errorEvent(path, 'container', `${FORMAT_NAME[format]} headers unreadable: ${err.message}`);
      layout = { format, sections: [], resources: [] };
    }
    const kindName = FORMAT_NAME[format];

    const emitSea = async function* (region: Region): AsyncGenerator<InputEvent> {
      try {
        const blob = await parseSeaBlob(file, region);
        const js = blob.assets.filter((a) => /\.(?:c|m)?js$|\.tgz$|\.tar\.gz$/i.test(a.name)).length;
        yield {
          type: 'artifact',
          artifact: {
            path,
            kind: 'sea',
            size: file.size,
            note: `Node SEA (${kindName}), main script ${blob.main.length} bytes${blob.assets.length ? `, ${blob.assets.length} assets (${js} with JavaScript)` : ''}${blob.flags & 2 ? ', startup snapshot' : ''}`,
            analysis: blob.flags & 2 ? (js ? 'partial' : 'none') : 'full',
          },
        };
        yield* readSeaSources(file, blob, limits, dedupe);
      } catch (err) {
        if (!(err instanceof ContainerError)) throw err;
        yield { type: 'artifact', artifact: { path, kind: 'sea', size: file.size, note: 'Node SEA blob unreadable', analysis: 'none' } };
        yield errorEvent(path, 'container', err.message);
      }
    };

    const sea = seaRegion(layout);
    if (sea) {
      yield* emitSea(sea);
      return;
    }

    const bun = await probeBun(file, bunRegions(layout, file.size));
    if (bun.kind === 'graph') {
      const js = bun.graph.modules.filter(isJavaScriptModule).length;
      yield {
        type: 'artifact',
        artifact: {
          path,
          kind: 'bun',
          size: file.size,
          note: `Bun module graph (${kindName}), ${bun.graph.modules.length} modules (${js} JavaScript), ${bun.graph.recordSize}-byte records`,
          analysis: 'full',
        },
      };
      yield* readBunModules(file, bun.graph, limits, dedupe);
      return;
    }
    // The fuse says a blob was injected; a header that does not point at it (an unusual writer, a
    // damaged section table) is searched for the blob's own note, and a SEA whose blob cannot be
    // found must not pass as plain native code.
    const fuse = await firstHit(file, SEA_FUSE);
    if (fuse !== undefined) {
      const found = await findSeaNote(file);
      if (found) {
        yield* emitSea(found);
        return;
      }
      yield { type: 'artifact', artifact: { path, kind: 'sea', size: file.size, note: 'Node SEA fuse set but no NODE_SEA_BLOB found', analysis: 'none' } };
      yield errorEvent(path, 'container', 'Node SEA executable whose NODE_SEA_BLOB could not be located: not analysed');
      return;
    }
    if (bun.kind === 'runtime-only') {
      yield { type: 'artifact', artifact: { path, kind: 'bun', size: file.size, note: 'Bun runtime without a module graph (stripped or plain runtime): not analysed', analysis: 'none' } };
      yield errorEvent(path, 'container', 'Bun executable with no module graph: not analysed (this does not mean it is clean)');
      return;
    }

    const strings = await nativeStrings(file, signal);
    yield {
      type: 'artifact',
      artifact: {
        path,
        kind: 'native',
        size: file.size,
        note: `native ${kindName} executable: strings-level inventory only (${strings.hosts.length} hosts, ${strings.envVars.length} env names)`,
        analysis: 'limited',
      },
    };
    yield { type: 'finding', finding: nativeStringsFinding(path, strings, kindName), inventory: nativeInventory(strings) };
  } catch (err) {
    yield errorEvent(path, err instanceof ContainerError ? 'container' : 'read', (err as Error).message);
  } finally {
    await file.close().catch(() => undefined);
  }
}

const SEA_NOTE = Buffer.concat([Buffer.from('NODE_SEA_BLOB\0\0\0', 'latin1'), Buffer.from([0x20, 0xda, 0x43, 0x01])]);

async function findSeaNote(file: BinaryFile): Promise<Region | undefined> {
  for await (const at of file.findBackward(SEA_NOTE, 0, file.size, 4)) {
    if (at < 12) continue;
    const h = await file.read(at - 12, 12);
    const descsz = h.readUInt32LE(4);
    if (h.readUInt32LE(0) === 14 && at + 16 + descsz <= file.size) return { name: 'NODE_SEA_BLOB', offset: at + 16, size: descsz };
  }
  return undefined;
}

async function firstHit(file: BinaryFile, needle: Buffer): Promise<number | undefined> {
  for await (const at of file.findBackward(needle, 0, file.size, 1)) return at;
  return undefined;
}

const VERSION_RE = /\bVERSION\s*:\s*"(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]{1,30})?)"/;

/**
 * A version from an executable's own embedded metadata (the `VERSION:"x.y.z"` constant bundlers
 * inline into the entry module), for native installs whose path carries no version. Reads the
 * Bun entry module or the SEA main script only; never runs anything.
 */
export async function embeddedVersion(path: string, maxBytes = 16 * 1024 * 1024): Promise<string | undefined> {
  let file: BinaryFile | undefined;
  try {
    file = await BinaryFile.open(path);
    const fmt = sniffExecutable(await file.read(0, Math.min(4096, file.size)));
    if (!fmt) return undefined;
    const layout = await readLayout(file, fmt);
    let text: string | undefined;
    const sea = seaRegion(layout);
    if (sea) {
      const blob = await parseSeaBlob(file, sea);
      if (!(blob.flags & 2) && blob.main.length <= maxBytes) text = (await file.read(blob.main.offset, blob.main.length)).toString('latin1');
    } else {
      const bun = await probeBun(file, bunRegions(layout, file.size));
      if (bun.kind === 'graph') {
        const entry = bun.graph.modules[bun.graph.entryPointId];
        if (entry && entry.contentsLength <= maxBytes) text = (await file.read(bun.graph.payloadStart + entry.contentsOffset, entry.contentsLength)).toString('latin1');
      }
    }
    return text ? VERSION_RE.exec(text)?.[1] : undefined;
  } catch {
    return undefined;
  } finally {
    await file?.close().catch(() => undefined);
  }
}
