/**
 * Minimal Mach-O, PE and ELF containers built byte by byte, so that layouts the test machine
 * cannot produce (macOS and Windows executables, older Bun record sizes) are still exercised.
 */
export const TRAILER = Buffer.from('\n---- Bun! ----\n', 'latin1');

export interface BunModuleSpec {
  name: string;
  contents: string | Buffer;
  loader?: number;
}

/** A StandaloneModuleGraph payload: strings, module table, 32-byte offsets, trailer. */
export function bunGraph(modules: BunModuleSpec[], recordSize: 36 | 52 = 52, entry = 0): Buffer {
  const parts: Buffer[] = [];
  let off = 0;
  const recs: number[][] = [];
  for (const m of modules) {
    const n = Buffer.from(m.name, 'utf8');
    const c = Buffer.isBuffer(m.contents) ? m.contents : Buffer.from(m.contents, 'utf8');
    recs.push([off, n.length, off + n.length, c.length]);
    parts.push(n, c);
    off += n.length + c.length;
  }
  const table = Buffer.alloc(recordSize * modules.length);
  recs.forEach((r, i) => {
    const o = i * recordSize;
    r.forEach((v, j) => table.writeUInt32LE(v, o + j * 4));
    table[o + recordSize - 4] = 2; // utf8
    table[o + recordSize - 3] = modules[i].loader ?? 1; // js
  });
  const tableOffset = off;
  parts.push(table);
  off += table.length;
  const offsets = Buffer.alloc(32);
  offsets.writeBigUInt64LE(BigInt(off), 0);
  offsets.writeUInt32LE(tableOffset, 8);
  offsets.writeUInt32LE(table.length, 12);
  offsets.writeUInt32LE(entry, 16);
  return Buffer.concat([...parts, offsets, TRAILER]);
}

export function seaBlob(codePath: string, main: string, flags = 1): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x0143da20, 0);
  head.writeUInt32LE(flags, 4);
  const view = (s: string) => {
    const b = Buffer.from(s, 'utf8');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(b.length));
    return Buffer.concat([len, b]);
  };
  return Buffer.concat([head, view(codePath), view(main)]);
}

function lenPrefixed(b: Buffer): Buffer {
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(b.length));
  return Buffer.concat([len, b]);
}

function fixed(s: string, n: number): Buffer {
  const b = Buffer.alloc(n);
  b.write(s, 'latin1');
  return b;
}

/** 64-bit little-endian Mach-O with one segment holding one section. */
export function machO(segment: string, section: string, content: Buffer, decoy = Buffer.alloc(0)): Buffer {
  const headerSize = 32;
  const cmdSize = 72 + 80;
  const dataStart = 4096;
  const decoyAt = dataStart;
  const sectAt = dataStart + Math.ceil((decoy.length + 1) / 16) * 16;
  const file = Buffer.alloc(sectAt + content.length + 64);
  file.writeUInt32LE(0xfeedfacf, 0);
  file.writeUInt32LE(0x01000007, 4); // x86_64
  file.writeUInt32LE(2, 12); // MH_EXECUTE
  file.writeUInt32LE(1, 16); // ncmds
  file.writeUInt32LE(cmdSize, 20);
  let o = headerSize;
  file.writeUInt32LE(0x19, o);
  file.writeUInt32LE(cmdSize, o + 4);
  fixed(segment, 16).copy(file, o + 8);
  file.writeBigUInt64LE(BigInt(sectAt), o + 40); // fileoff
  file.writeBigUInt64LE(BigInt(content.length), o + 48); // filesize
  file.writeUInt32LE(1, o + 64); // nsects
  o += 72;
  fixed(section, 16).copy(file, o);
  fixed(segment, 16).copy(file, o + 16);
  file.writeBigUInt64LE(BigInt(content.length), o + 40);
  file.writeUInt32LE(sectAt, o + 48);
  decoy.copy(file, decoyAt);
  content.copy(file, sectAt);
  return file;
}

export function machOBun(payload: Buffer, decoy = TRAILER): Buffer {
  return machO('__BUN', '__bun', lenPrefixed(payload), decoy);
}

/** PE32+ with one section; when `seaResource` is set the section is a resource tree holding it. */
export function pe(sectionName: string, content: Buffer, seaResource = false): Buffer {
  const peOff = 0x80;
  const optSize = 240;
  const tableAt = peOff + 24 + optSize;
  const rawAt = 0x400;
  const va = 0x1000;
  let section = content;
  if (seaResource) section = resourceTree(content, va);
  const file = Buffer.alloc(rawAt + section.length + 16);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(peOff, 0x3c);
  file.writeUInt32BE(0x50450000, peOff);
  file.writeUInt16LE(0x8664, peOff + 4);
  file.writeUInt16LE(1, peOff + 6); // sections
  file.writeUInt16LE(optSize, peOff + 20);
  const opt = peOff + 24;
  file.writeUInt16LE(0x20b, opt);
  file.writeUInt32LE(16, opt + 108); // NumberOfRvaAndSizes
  if (seaResource) {
    file.writeUInt32LE(va, opt + 112 + 16); // resource directory RVA
    file.writeUInt32LE(section.length, opt + 112 + 20);
  }
  fixed(sectionName, 8).copy(file, tableAt);
  file.writeUInt32LE(section.length, tableAt + 8); // VirtualSize
  file.writeUInt32LE(va, tableAt + 12);
  file.writeUInt32LE(section.length, tableAt + 16); // SizeOfRawData
  file.writeUInt32LE(rawAt, tableAt + 20);
  section.copy(file, rawAt);
  return file;
}

export function peBun(payload: Buffer): Buffer {
  return pe('.bun', lenPrefixed(payload));
}

/** RT_RCDATA / "NODE_SEA_BLOB" / language 1033 → data, as postject writes it. */
function resourceTree(data: Buffer, va: number): Buffer {
  const name = 'NODE_SEA_BLOB';
  const root = 0;
  const l2 = 24;
  const l3 = 48;
  const entry = 72;
  const nameAt = 88;
  const dataAt = Math.ceil((nameAt + 2 + name.length * 2) / 8) * 8;
  const b = Buffer.alloc(dataAt + data.length);
  const dir = (at: number, named: number, ids: number) => {
    b.writeUInt16LE(named, at + 12);
    b.writeUInt16LE(ids, at + 14);
  };
  dir(root, 0, 1);
  b.writeUInt32LE(10, root + 16);
  b.writeUInt32LE((0x80000000 | l2) >>> 0, root + 20);
  dir(l2, 1, 0);
  b.writeUInt32LE((0x80000000 | nameAt) >>> 0, l2 + 16);
  b.writeUInt32LE((0x80000000 | l3) >>> 0, l2 + 20);
  dir(l3, 0, 1);
  b.writeUInt32LE(1033, l3 + 16);
  b.writeUInt32LE(entry, l3 + 20);
  b.writeUInt32LE(va + dataAt, entry);
  b.writeUInt32LE(data.length, entry + 4);
  b.writeUInt16LE(name.length, nameAt);
  b.write(name, nameAt + 2, 'utf16le');
  data.copy(b, dataAt);
  return b;
}

/** An ELF header with no program or section headers, then arbitrary bytes (strings). */
export function bareElf(body: Buffer, size = 128 * 1024): Buffer {
  const file = Buffer.alloc(Math.max(size, 64 + body.length));
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(file, 0);
  body.copy(file, 64);
  return file;
}

/** A universal (fat) Mach-O holding one thin slice at 4096. */
export function fatMachO(thin: Buffer): Buffer {
  const head = Buffer.alloc(4096);
  head.writeUInt32BE(0xcafebabe, 0);
  head.writeUInt32BE(1, 4);
  head.writeUInt32BE(0x01000007, 8);
  head.writeUInt32BE(3, 12);
  head.writeUInt32BE(4096, 16);
  head.writeUInt32BE(thin.length, 20);
  head.writeUInt32BE(12, 24);
  return Buffer.concat([head, thin]);
}
