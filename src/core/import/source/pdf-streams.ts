/**
 * Bounds on the work in a PDF's streams, checked before pdfjs reads the file: pdfjs keeps every
 * stream it decodes whole, so a 255 KB file whose content stream inflates to gigabytes would take
 * the page down, and its reading time follows the content's operators (~2–3 µs each), so a
 * 100 KB file with millions of them would take tens of seconds. Content streams (page and form
 * content, told apart from fonts and the like by their dictionary), compressed or not, have the
 * tighter bounds: their bytes and their operators. Images are left out (reading text never
 * decodes them).
 */
import { Unzlib } from 'fflate';
import { ImportLimitError, LIMITS, stopImport } from '../limits';
import { OperatorCounter } from './pdf-operators';

/**
 * The bytes as a string of one character each (U+0000–U+00FF), so string offsets are byte
 * offsets. Built with String.fromCharCode a slice at a time: a one-byte string, where
 * TextDecoder('windows-1252') went through a converter at ~30 µs a kilobyte (a twentieth of a
 * report's read) and made a two-byte string of binary data. Only ASCII is searched for.
 */
function byteString(bytes: Uint8Array): string {
  const SLICE = 8192;
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += SLICE) {
    parts.push(
      String.fromCharCode.apply(null, bytes.subarray(at, at + SLICE) as unknown as number[]),
    );
  }
  return parts.join('');
}

class Overflow extends Error {}

/**
 * Inflate a zlib stream only to count its bytes (and give each chunk to `seen`), stopping past
 * `cap`. Damaged data counts as read.
 */
function inflatedSize(data: Uint8Array, cap: number, seen?: (chunk: Uint8Array) => void): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    seen?.(chunk);
    if (size > cap) throw new Overflow();
  });
  const STEP = 16 * 1024;
  try {
    for (let at = 0; at < data.length; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
  } catch (error) {
    if (error instanceof Overflow) return size;
    // A bound `seen` stopped at goes on to the user; anything else is damaged data.
    if (error instanceof ImportLimitError) throw error;
  }
  return size;
}

/**
 * A zlib inflater faster than fflate where the runtime has one (the CLI: Node's zlib): the
 * inflated bytes when there are at most `max` of them, undefined when there are more; it throws on
 * damaged data, which is then inflated here as far as it goes, as without it. The verdicts are
 * those without it (src/cli/pdf-inflate.test.ts).
 */
export type Inflate = (data: Uint8Array, max: number) => Uint8Array | undefined;

/**
 * Most bytes `inflate` makes in one piece: a native inflater holds its whole output, where the
 * chunks here are let go as they come. Real streams (fonts, page content) are well under it.
 */
const AT_ONCE = 16 * 1024 * 1024;

/**
 * inflatedSize, with `inflate` first when given. A stream it refuses (damaged), or one with more
 * than AT_ONCE bytes or past `cap`, is inflated here chunk by chunk: its bytes bounded in memory,
 * and its operators counted as far as fflate gets (the operator bound may come first, and its
 * message with it).
 */
function sizeInflated(
  data: Uint8Array,
  cap: number,
  seen: ((chunk: Uint8Array) => void) | undefined,
  inflate: Inflate | undefined,
): number {
  let whole: Uint8Array | undefined;
  try {
    whole = inflate?.(data, Math.min(cap, AT_ONCE));
  } catch {
    whole = undefined;
  }
  if (whole === undefined) return inflatedSize(data, cap, seen);
  seen?.(whole);
  return whole.length;
}

/** Page or form content, as opposed to fonts, object streams, metadata and other data. */
function isContent(dictionary: string): boolean {
  if (/\/Subtype\s*\/Form/.test(dictionary)) return true;
  return !/\/(?:Subtype|Type|Length1|Length2|Length3|N)\b/.test(dictionary);
}

const bomb = (what: string, cap: number) =>
  stopImport(
    `这个 PDF 中的${what}解压后超过 ${cap / 1024 / 1024} MB 的上限（文件可能已损坏，或是“压缩炸弹”），已停止读取。`,
  );

const tooManyOperators = () =>
  stopImport(
    `这个 PDF 的页面内容有超过 ${LIMITS.pdfOperators / 10_000} 万个绘图指令，不像是一份年度报告，已停止读取。`,
  );

/**
 * Stop when the PDF's Flate streams (other than images) inflate past the bounds, or its page and
 * form content, compressed or not, holds more bytes or operators than the bounds allow.
 */
export function checkPdfStreams(bytes: Uint8Array, inflate?: Inflate): void {
  const text = byteString(bytes);
  let total = 0;
  let content = 0;
  const operators = new OperatorCounter();
  const count = (chunk: Uint8Array) => {
    operators.push(chunk);
    if (operators.count > LIMITS.pdfOperators) tooManyOperators();
  };
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, at - 4096), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (/\/Subtype\s*\/Image/.test(own)) continue;
    const flate = /\/FlateDecode|\/Fl\b/.test(own);
    const isPage = isContent(own);
    // Streams under another filter are not decoded here; unfiltered ones are only counted as content.
    if (!flate && (!isPage || /\/Filter\b/.test(own))) continue;
    const start = at + 6 + (text.startsWith('\r\n', at + 6) ? 2 : 1);
    const end = text.indexOf('endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const room = LIMITS.pdfStreamBytes - total;
    const cap = Math.min(room, isPage ? LIMITS.pdfContentBytes - content : room) + 1;
    let size = data.length;
    if (flate) size = sizeInflated(data, cap, isPage ? count : undefined, inflate);
    else count(data);
    if (isPage) operators.end();
    total += size;
    if (isPage) content += size;
    if (content > LIMITS.pdfContentBytes) bomb('页面内容', LIMITS.pdfContentBytes);
    if (total > LIMITS.pdfStreamBytes) bomb('压缩数据', LIMITS.pdfStreamBytes);
  }
}
