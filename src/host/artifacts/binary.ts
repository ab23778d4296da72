import * as fs from 'fs';

/**
 * Bounded, offset-based reads over a possibly huge executable. Nothing here loads a whole file:
 * executables of 200–400 MB are normal and only a few regions of them matter.
 */
export class BinaryFile {
  private constructor(
    readonly path: string,
    private readonly fh: fs.promises.FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string): Promise<BinaryFile> {
    const fh = await fs.promises.open(path, 'r');
    try {
      const st = await fh.stat();
      return new BinaryFile(path, fh, st.size);
    } catch (err) {
      await fh.close();
      throw err;
    }
  }

  /** Reads exactly `length` bytes at `offset`; a short read means the file is truncated. */
  async read(offset: number, length: number): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.size) {
      throw new ContainerError(`range ${offset}+${length} is outside the file (${this.size} bytes): truncated or corrupt`);
    }
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(buf, done, length - done, offset + done);
      if (bytesRead === 0) throw new ContainerError(`unexpected end of file at ${offset + done}`);
      done += bytesRead;
    }
    return buf;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }

  /**
   * Offsets of `needle` inside [start, end), last occurrence first, reading backwards in bounded
   * chunks. Stops after `max` hits so a file full of the needle cannot make this unbounded.
   */
  async *findBackward(needle: Buffer, start = 0, end = this.size, max = 16, chunk = 4 * 1024 * 1024): AsyncGenerator<number> {
    let hits = 0;
    let hi = end;
    while (hi > start) {
      const lo = Math.max(start, hi - chunk);
      // overlap so a needle straddling two chunks is still seen
      const readEnd = Math.min(end, hi + needle.length - 1);
      const buf = await this.read(lo, readEnd - lo);
      let at = buf.lastIndexOf(needle);
      while (at !== -1) {
        if (lo + at + needle.length <= readEnd && lo + at < hi) {
          yield lo + at;
          if (++hits >= max) return;
        }
        at = at === 0 ? -1 : buf.lastIndexOf(needle, at - 1);
      }
      hi = lo;
    }
  }
}

/** A problem with the container's structure (truncated, hostile, inconsistent). */
export class ContainerError extends Error {}

export type ExecutableFormat = 'elf' | 'macho' | 'macho-fat' | 'pe';

export interface Region {
  name: string;
  offset: number;
  size: number;
}

export interface ExecutableLayout {
  format: ExecutableFormat;
  /** ELF sections / Mach-O `segment,section` / PE sections, with file offsets. */
  sections: Region[];
  /** ELF notes by owner name (desc region), PE RCDATA resources by name. */
  resources: Region[];
}

/** Identifies an executable by its magic bytes; the file name never decides. */
export function sniffExecutable(head: Buffer): ExecutableFormat | undefined {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x7f454c46) return 'elf';
  if (head.length >= 4) {
    const be = head.readUInt32BE(0);
    if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe) return 'macho';
    // 0xCAFEBABE is also a Java class file; a fat Mach-O has a small architecture count
    if (be === 0xcafebabe && head.length >= 8 && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 20) return 'macho-fat';
  }
  if (head.length >= 0x40 && head[0] === 0x4d && head[1] === 0x5a) {
    const peOff = head.readUInt32LE(0x3c);
    if (peOff + 4 <= head.length && head.readUInt32BE(peOff) === 0x50450000) return 'pe';
    if (peOff < 64 * 1024) return 'pe'; // header beyond the sniffed bytes; confirmed when parsed
  }
  return undefined;
}

const MAX_SECTIONS = 4096;
const MAX_NOTES = 4096;

export async function readLayout(file: BinaryFile, format: ExecutableFormat): Promise<ExecutableLayout> {
  switch (format) {
    case 'elf':
      return readElf(file);
    case 'macho':
      return readMachO(file, 0);
    case 'macho-fat':
      return readFatMachO(file);
    case 'pe':
      return readPe(file);
  }
}

function cstr(buf: Buffer, at: number, max = 256): string {
  if (at < 0 || at >= buf.length) return '';
  let end = at;
  while (end < buf.length && end - at < max && buf[end] !== 0) end++;
  return buf.toString('latin1', at, end);
}

async function readElf(file: BinaryFile): Promise<ExecutableLayout> {
  const id = await file.read(0, 16);
  const is64 = id[4] === 2;
  const le = id[5] !== 2;
  const hdr = await file.read(0, is64 ? 64 : 52);
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const u64 = (b: Buffer, o: number) => Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
  const word = is64 ? u64 : u32;
  const phoff = word(hdr, is64 ? 0x20 : 0x1c);
  const shoff = word(hdr, is64 ? 0x28 : 0x20);
  const phentsize = u16(hdr, is64 ? 0x36 : 0x2a);
  const phnum = u16(hdr, is64 ? 0x38 : 0x2c);
  const shentsize = u16(hdr, is64 ? 0x3a : 0x2e);
  const shnum = u16(hdr, is64 ? 0x3c : 0x30);
  const shstrndx = u16(hdr, is64 ? 0x3e : 0x32);
  const sections: Region[] = [];
  const resources: Region[] = [];
  const noteRanges: Array<{ offset: number; size: number; align: number }> = [];

  if (shoff && shnum && shnum <= MAX_SECTIONS && shentsize >= (is64 ? 64 : 40) && shentsize <= 256) {
    const table = await file.read(shoff, shnum * shentsize);
    const sh = (i: number) => {
      const o = i * shentsize;
      return {
        name: u32(table, o),
        type: u32(table, o + 4),
        offset: word(table, o + (is64 ? 0x18 : 0x10)),
        size: word(table, o + (is64 ? 0x20 : 0x14)),
        align: word(table, o + (is64 ? 0x30 : 0x20)),
      };
    };
    let names: Buffer = Buffer.alloc(0);
    if (shstrndx < shnum) {
      const s = sh(shstrndx);
      if (s.size <= 16 * 1024 * 1024 && s.offset + s.size <= file.size) names = await file.read(s.offset, s.size);
    }
    for (let i = 0; i < shnum; i++) {
      const s = sh(i);
      const NOBITS = 8;
      if (s.type === NOBITS) continue;
      sections.push({ name: cstr(names, s.name), offset: s.offset, size: s.size });
      if (s.type === 7) noteRanges.push({ offset: s.offset, size: s.size, align: s.align });
    }
  }
  if (phoff && phnum && phnum <= MAX_SECTIONS && phentsize >= (is64 ? 56 : 32) && phentsize <= 256) {
    const table = await file.read(phoff, phnum * phentsize);
    for (let i = 0; i < phnum; i++) {
      const o = i * phentsize;
      if (u32(table, o) !== 4) continue; // PT_NOTE
      const offset = word(table, o + (is64 ? 0x08 : 0x04));
      const size = word(table, o + (is64 ? 0x20 : 0x10));
      const align = word(table, o + (is64 ? 0x30 : 0x1c));
      if (!noteRanges.some((r) => r.offset === offset && r.size === size)) noteRanges.push({ offset, size, align });
    }
  }
  // Notes are walked header by header, so a 100 MB note (a SEA blob) is never read whole here.
  let notes = 0;
  for (const r of noteRanges) {
    if (r.offset + r.size > file.size) continue;
    const pad = r.align === 8 ? 8 : 4;
    let at = r.offset;
    const end = r.offset + r.size;
    while (at + 12 <= end && notes++ < MAX_NOTES) {
      const h = await file.read(at, 12);
      const namesz = u32(h, 0);
      const descsz = u32(h, 4);
      const nameOff = at + 12;
      const descOff = nameOff + align(namesz, pad);
      const next = descOff + align(descsz, pad);
      if (namesz > 4096 || next > end) break;
      const name = cstr(await file.read(nameOff, namesz), 0, namesz);
      resources.push({ name, offset: descOff, size: descsz });
      at = next;
    }
  }
  return { format: 'elf', sections, resources };
}

function align(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

async function readFatMachO(file: BinaryFile): Promise<ExecutableLayout> {
  const head = await file.read(0, 8);
  const n = head.readUInt32BE(4);
  const arches = await file.read(8, n * 20);
  const merged: ExecutableLayout = { format: 'macho-fat', sections: [], resources: [] };
  for (let i = 0; i < n; i++) {
    const offset = arches.readUInt32BE(i * 20 + 8);
    const slice = await readMachO(file, offset);
    merged.sections.push(...slice.sections);
  }
  return merged;
}

async function readMachO(file: BinaryFile, base: number): Promise<ExecutableLayout> {
  const magic = (await file.read(base, 4)).readUInt32BE(0);
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
  const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
  const hdr = await file.read(base, is64 ? 32 : 28);
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const u64 = (b: Buffer, o: number) => Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
  const ncmds = u32(hdr, 16);
  const sizeofcmds = u32(hdr, 20);
  if (ncmds > MAX_SECTIONS || sizeofcmds > 64 * 1024 * 1024) throw new ContainerError('Mach-O header has an implausible load command table');
  const cmds = await file.read(base + hdr.length, sizeofcmds);
  const sections: Region[] = [];
  let at = 0;
  for (let i = 0; i < ncmds && at + 8 <= cmds.length; i++) {
    const cmd = u32(cmds, at);
    const size = u32(cmds, at + 4);
    if (size < 8 || at + size > cmds.length) throw new ContainerError('Mach-O load command runs past its table');
    if (cmd === 0x19 || cmd === 0x1) {
      const wide = cmd === 0x19;
      const nsects = u32(cmds, at + (wide ? 64 : 48));
      const secSize = wide ? 80 : 68;
      let s = at + (wide ? 72 : 56);
      for (let j = 0; j < nsects && s + secSize <= at + size; j++, s += secSize) {
        const sect = cstr(cmds, s, 16);
        const seg = cstr(cmds, s + 16, 16);
        const sz = wide ? u64(cmds, s + 40) : u32(cmds, s + 36);
        const off = u32(cmds, s + (wide ? 48 : 40));
        sections.push({ name: `${seg},${sect}`, offset: base + off, size: sz });
      }
    }
    at += size;
  }
  return { format: 'macho', sections, resources: [] };
}

async function readPe(file: BinaryFile): Promise<ExecutableLayout> {
  const dos = await file.read(0, 0x40);
  const peOff = dos.readUInt32LE(0x3c);
  const coff = await file.read(peOff, 24);
  if (coff.readUInt32BE(0) !== 0x50450000) throw new ContainerError('MZ header without a PE signature');
  const nsects = coff.readUInt16LE(6);
  const optSize = coff.readUInt16LE(20);
  if (nsects > MAX_SECTIONS) throw new ContainerError('PE header has an implausible section count');
  const opt = await file.read(peOff + 24, optSize);
  const pe32plus = opt.readUInt16LE(0) === 0x20b;
  const ddBase = pe32plus ? 112 : 96;
  const rsrcRva = opt.length >= ddBase + 24 ? opt.readUInt32LE(ddBase + 16) : 0;
  const table = await file.read(peOff + 24 + optSize, nsects * 40);
  const sections: Region[] = [];
  const map: Array<{ va: number; vsize: number; raw: number; rawSize: number }> = [];
  for (let i = 0; i < nsects; i++) {
    const o = i * 40;
    const name = cstr(table, o, 8);
    const vsize = table.readUInt32LE(o + 8);
    const va = table.readUInt32LE(o + 12);
    const rawSize = table.readUInt32LE(o + 16);
    const raw = table.readUInt32LE(o + 20);
    sections.push({ name, offset: raw, size: Math.min(rawSize, vsize || rawSize) });
    map.push({ va, vsize: Math.max(vsize, rawSize), raw, rawSize });
  }
  const rvaToOff = (rva: number) => {
    for (const s of map) if (rva >= s.va && rva < s.va + s.vsize) return s.raw + (rva - s.va);
    return -1;
  };
  const resources: Region[] = [];
  const rsrcOff = rsrcRva ? rvaToOff(rsrcRva) : -1;
  if (rsrcOff > 0) {
    try {
      await readPeResources(file, rsrcOff, rvaToOff, resources);
    } catch (err) {
      if (!(err instanceof ContainerError)) throw err;
    }
  }
  return { format: 'pe', sections, resources };
}

/** Only the RCDATA (type 10) branch is walked: that is where postject puts NODE_SEA_BLOB. */
async function readPeResources(file: BinaryFile, root: number, rvaToOff: (rva: number) => number, out: Region[]): Promise<void> {
  const dir = async (off: number) => {
    const h = await file.read(off, 16);
    const count = h.readUInt16LE(12) + h.readUInt16LE(14);
    if (count > 4096) throw new ContainerError('PE resource directory is implausibly large');
    const entries = await file.read(off + 16, count * 8);
    const list: Array<{ name: string | number; target: number; isDir: boolean }> = [];
    for (let i = 0; i < count; i++) {
      const nameField = entries.readUInt32LE(i * 8);
      const target = entries.readUInt32LE(i * 8 + 4);
      let name: string | number = nameField & 0xffff;
      if (nameField & 0x80000000) {
        const so = root + (nameField & 0x7fffffff);
        const len = (await file.read(so, 2)).readUInt16LE(0);
        name = (await file.read(so + 2, Math.min(len, 256) * 2)).toString('utf16le');
      }
      list.push({ name, target: target & 0x7fffffff, isDir: (target & 0x80000000) !== 0 });
    }
    return list;
  };
  for (const type of await dir(root)) {
    if (type.name !== 10 || !type.isDir) continue;
    for (const named of await dir(root + type.target)) {
      if (!named.isDir) continue;
      for (const lang of await dir(root + named.target)) {
        if (lang.isDir) continue;
        const data = await file.read(root + lang.target, 16);
        const off = rvaToOff(data.readUInt32LE(0));
        if (off >= 0) out.push({ name: String(named.name), offset: off, size: data.readUInt32LE(4) });
      }
    }
  }
}
