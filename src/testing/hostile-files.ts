/**
 * Hostile inputs built in the test, small on disk and huge when read: zip bombs (a hand-made
 * deflate stream where each 258-byte copy costs 2 bits, so 1 MB inflates to ~1 GB), ZIPs whose
 * headers lie, PDFs with a bomb in a content stream or a page count in the millions, and deep
 * nesting. Nothing large is ever built in memory except the compressed bytes.
 */
import { zlibSync } from 'fflate';

class Bits {
  private readonly bytes: number[] = [];
  private bit = 0;
  /** Write `n` bits of `value`, least significant first (deflate's header fields). */
  lsb(value: number, n: number): void {
    for (let i = 0; i < n; i++) this.push((value >> i) & 1);
  }
  /** Write a Huffman code of `n` bits, most significant first. */
  code(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.push((value >> i) & 1);
  }
  private push(b: number): void {
    if (this.bit === 0) this.bytes.push(0);
    const last = this.bytes.length - 1;
    this.bytes[last] = (this.bytes[last] ?? 0) | (b << this.bit);
    this.bit = (this.bit + 1) % 8;
  }
  /** Zero bits up to a multiple of 8 (the copy codes below are all zero bits). */
  zeros(count: number): void {
    while (count > 0 && this.bit !== 0) {
      this.push(0);
      count--;
    }
    for (let i = 0; i < Math.floor(count / 8); i++) this.bytes.push(0);
    for (let i = 0; i < count % 8; i++) this.push(0);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** The one byte a bomb repeats: "<". */
const BOMB_BYTE = 0x3c;

/** The inflated size of `deflateBomb(copies)`. */
export const bombSize = (copies: number) => 1 + 258 * copies;

/**
 * A raw deflate stream of one literal "<" followed by `copies` copies of 258 bytes at
 * distance 1: one dynamic Huffman block where the length code 285 and the distance code 0 are
 * one bit each (both "0"), so the body is 2 zero bits per 258 bytes.
 */
export function deflateBomb(copies: number): Uint8Array {
  const bits = new Bits();
  bits.lsb(1, 1); // BFINAL
  bits.lsb(2, 2); // dynamic Huffman
  bits.lsb(286 - 257, 5); // HLIT: literal/length codes 0..285
  bits.lsb(2 - 1, 5); // HDIST: distance codes 0..1
  bits.lsb(18 - 4, 4); // HCLEN: code length codes up to "1" in the permuted order
  // Code length code lengths in the order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1.
  const order = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2];
  for (const n of order) bits.lsb(n, 3);
  // Canonical codes: 18 → "0", 1 → "10", 2 → "11".
  const zerosRun = (n: number) => {
    bits.code(0, 1);
    bits.lsb(n - 11, 7);
  };
  const length = (n: 1 | 2) => {
    bits.code(n === 1 ? 0b10 : 0b11, 2);
  };
  zerosRun(BOMB_BYTE); // 0..59
  length(2); // "<"
  zerosRun(138); // 61..198
  zerosRun(57); // 199..255
  length(2); // 256, end of block
  zerosRun(28); // 257..284
  length(1); // 285: copy 258 bytes
  length(1); // distance code 0 (distance 1)
  length(1); // distance code 1, so the distance tree is complete
  // Literal/length codes: 285 → "0", byte → "10", 256 → "11". Distance 0 → "0".
  bits.code(0b10, 2);
  bits.zeros(2 * copies);
  bits.code(0b11, 2);
  return bits.done();
}

/** The same stream with the zlib wrapper a PDF's FlateDecode expects (no valid checksum). */
export function zlibBomb(copies: number): Uint8Array {
  const raw = deflateBomb(copies);
  const out = new Uint8Array(raw.length + 6);
  out.set([0x78, 0x01]);
  out.set(raw, 2);
  return out;
}

const le = (n: number, bytes: number) =>
  Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 0xff);

/** One entry of a hand-made ZIP: data already compressed (method 8) or stored (method 0). */
export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size the headers claim (a bomb may lie). */
  readonly declaredSize: number;
}

/** A ZIP file of the entries, as they are (CRCs left at 0: readers of bombs never get that far). */
export function zipOf(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const common = [
      ...le(20, 2),
      ...le(0, 2),
      ...le(e.method, 2),
      ...le(0, 4), // time, date
      ...le(0, 4), // CRC
      ...le(e.data.length, 4),
      ...le(e.declaredSize, 4),
      ...le(name.length, 2),
      ...le(0, 2),
    ];
    const local = Uint8Array.from([...le(0x04034b50, 4), ...common, ...name]);
    central.push(
      ...le(0x02014b50, 4),
      ...le(20, 2),
      ...common,
      ...le(0, 2), // comment
      ...le(0, 2), // disk
      ...le(0, 2),
      ...le(0, 4), // attributes
      ...le(offset, 4),
      ...name,
    );
    parts.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const end = [
    ...le(0x06054b50, 4),
    ...le(0, 4),
    ...le(entries.length, 2),
    ...le(entries.length, 2),
    ...le(central.length, 4),
    ...le(offset, 4),
    ...le(0, 2),
  ];
  return concat([...parts, Uint8Array.from(central), Uint8Array.from(end)]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The smallest parts a .docx needs besides its body. */
export const DOCX_TYPES = new TextEncoder().encode(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);

/**
 * A PDF of `pages` pages sharing one content stream; `count` is what the page tree claims
 * (a liar's count), and `content` the stream's bytes with its filter.
 */
export function minimalPdf(options: {
  pages: number;
  count?: number;
  content: Uint8Array;
  filter?: 'FlateDecode';
  /** The font dictionary of /F1 (Helvetica when not given). */
  font?: string;
  /** The page height in points (A4's 842 when not given). */
  height?: number;
}): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const add = (bytes: Uint8Array) => {
    chunks.push(bytes);
    size += bytes.length;
  };
  const object = (n: number, body: string | Uint8Array[]) => {
    offsets[n] = size;
    if (typeof body === 'string') add(enc.encode(`${n} 0 obj\n${body}\nendobj\n`));
    else {
      add(enc.encode(`${n} 0 obj\n`));
      body.forEach(add);
      add(enc.encode('\nendobj\n'));
    }
  };
  add(enc.encode('%PDF-1.4\n'));
  const kids = Array.from({ length: options.pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${options.count ?? options.pages} >>`);
  object(3, options.font ?? '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const filter = options.filter ? ` /Filter /${options.filter}` : '';
  object(4, [
    enc.encode(`<< /Length ${options.content.length}${filter} >>\nstream\n`),
    options.content,
    enc.encode('\nendstream'),
  ]);
  for (let i = 0; i < options.pages; i++) {
    object(
      i + 5,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${options.height ?? 842}] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
  }
  const xref = size;
  const total = options.pages + 5;
  const rows = Array.from({ length: total }, (_, n) =>
    n === 0 ? '0000000000 65535 f \n' : `${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`,
  );
  add(enc.encode(`xref\n0 ${total}\n${rows.join('')}`));
  add(enc.encode(`trailer\n<< /Size ${total} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return concat(chunks);
}

/** A page's content stream writing one line of text, Flate-compressed. */
export function textContent(text: string): Uint8Array {
  return zlibSync(new TextEncoder().encode(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`));
}

export { random } from './random';

/** `n` random bytes from the generator. */
export function randomBytes(next: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

/**
 * A one-page PDF of the lines in STSong-Light, a font no PDF embeds: its codes are UCS-2 under
 * the predefined CMap UniGB-UCS2-H, so a reader needs pdfjs's CJK CMaps to get the text.
 */
export function unembeddedCjkPdf(lines: readonly string[]): Uint8Array {
  const leading = 14;
  const height = 72 + lines.length * leading;
  const hex = (line: string) =>
    Array.from(line, (c) => (c.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('');
  const ops = lines
    .map((line, i) => `BT /F1 10 Tf 40 ${height - 36 - i * leading} Td <${hex(line)}> Tj ET`)
    .join('\n');
  const font =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H ' +
    '/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 ' +
    '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 4 ' +
    '/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> >>] >>';
  return minimalPdf({
    pages: 1,
    content: zlibSync(new TextEncoder().encode(ops)),
    filter: 'FlateDecode',
    font,
    height,
  });
}
