/**
 * Reading chosen entries of a ZIP file (a .docx) with a cap on what they inflate to. The central
 * directory's sizes can lie, so each entry is inflated as a stream and stopped the moment it
 * passes the cap: a zip bomb costs at most the cap in memory and a fraction of a second.
 */
import { Inflate, strFromU8 } from 'fflate';

/** The bytes are not a ZIP file, or a part of it is damaged. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

/** An entry inflated past its cap (`entry`) or the whole read past its total (`total`). */
export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
  constructor(
    readonly entry: string,
    readonly which: 'entry' | 'total',
  ) {
    super(`${entry}: inflated size over the ${which} cap`);
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly headerOffset: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function endOfDirectory(b: Uint8Array): number {
  const last = Math.max(0, b.length - 22 - 65535);
  for (let at = b.length - 22; at >= last; at--) if (u32(b, at) === 0x06054b50) return at;
  throw new ZipError('no end of central directory');
}

/** Entry count and central directory offset, from the ZIP64 record when the sizes overflow. */
function directory(b: Uint8Array): { count: number; offset: number } {
  const end = endOfDirectory(b);
  const count = u16(b, end + 10);
  const offset = u32(b, end + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || u32(b, locator) !== 0x07064b50) return { count, offset };
  const record = u64(b, locator + 8);
  if (u32(b, record) !== 0x06064b50) throw new ZipError('bad ZIP64 record');
  return { count: u64(b, record + 32), offset: u64(b, record + 48) };
}

/** ZIP64 extra field values for the header fields stored as 0xFFFFFFFF. */
function zip64Fields(b: Uint8Array, extra: number, end: number, header: number) {
  const original = u32(b, header + 24);
  let compressed = u32(b, header + 20);
  let local = u32(b, header + 42);
  for (let at = extra; at + 4 <= end; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 0x0001) continue;
    // The order is original size, compressed size, local header offset; each only if overflowed.
    let field = at + 4 + (original === 0xffffffff ? 8 : 0);
    if (compressed === 0xffffffff) {
      compressed = u64(b, field);
      field += 8;
    }
    if (local === 0xffffffff) local = u64(b, field);
  }
  return { compressed, local };
}

function entries(b: Uint8Array): Entry[] {
  const { count, offset } = directory(b);
  const list: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ZipError('bad directory');
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const extra = at + 46 + nameLength;
    const sizes = zip64Fields(b, extra, extra + extraLength, at);
    list.push({
      name: strFromU8(b.subarray(at + 46, extra)),
      method: u16(b, at + 10),
      crc32: u32(b, at + 16),
      compressedSize: sizes.compressed,
      headerOffset: sizes.local,
    });
    at = extra + extraLength + commentLength;
  }
  return list;
}

/** Inflate one entry's data, stopping as soon as it passes `cap` bytes. */
function inflateCapped(
  data: Uint8Array,
  cap: number,
  name: string,
  which: 'entry' | 'total',
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) throw new ZipLimitError(name, which);
    chunks.push(chunk);
  });
  const STEP = 16 * 1024;
  try {
    for (let at = 0; at < data.length; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof ZipLimitError) throw error;
    throw new ZipError(`${name}: damaged data`);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function entryData(b: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.headerOffset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new ZipError('bad local header');
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new ZipError(`${entry.name}: truncated`);
  return b.subarray(start, end);
}

/**
 * The entries whose names `want` accepts, inflated; each at most `entryCap` bytes and all of them
 * together at most `totalCap`. Throws ZipError for a damaged file, ZipLimitError past a cap.
 */
export function readZipEntries(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  entryCap: number,
  totalCap: number,
): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of entries(bytes)) {
    if (!want(entry.name) || entry.name in files) continue;
    const data = entryData(bytes, entry);
    const cap = Math.min(entryCap, totalCap - total);
    const which = cap < entryCap ? 'total' : 'entry';
    let content: Uint8Array;
    if (entry.method === 0) {
      if (data.length > cap) throw new ZipLimitError(entry.name, which);
      content = data.slice();
    } else if (entry.method === 8) content = inflateCapped(data, cap, entry.name, which);
    else throw new ZipError(`${entry.name}: compression method ${entry.method}`);
    total += content.length;
    files[entry.name] = content;
  }
  return files;
}

/**
 * The CRC-32 the central directory records for the entry `name` (of its inflated content), or
 * undefined when there is no such entry or the file is not a readable ZIP. Nothing is inflated.
 */
export function zipEntryCrc32(bytes: Uint8Array, name: string): number | undefined {
  try {
    return entries(bytes).find((entry) => entry.name === name)?.crc32;
  } catch (error) {
    if (error instanceof ZipError) return undefined;
    throw error;
  }
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (the ZIP one, polynomial 0xEDB88320) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
