/**
 * Bounds on what a PDF's compressed streams inflate to, checked before pdfjs reads the file:
 * pdfjs keeps every stream it decodes whole, so a 255 KB file whose content stream inflates to
 * gigabytes would take the page down, and it reads page content at a few MB a second, so a
 * 100 KB file with 40 MB of text operators would take 20 s. Content streams (page and form
 * content, told apart from fonts and the like by their dictionary) have the tighter bound;
 * images are left out (reading text never decodes them).
 */
import { Unzlib } from 'fflate';
import { LIMITS, stopImport } from '../limits';

// The core's lib has no DOM or Node types; TextDecoder exists in every runtime it runs on.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

class Overflow extends Error {}

/** Inflate a zlib stream only to count its bytes, stopping past `cap`. Damaged data counts as read. */
function inflatedSize(data: Uint8Array, cap: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > cap) throw new Overflow();
  });
  const STEP = 16 * 1024;
  try {
    for (let at = 0; at < data.length; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
  } catch (error) {
    if (error instanceof Overflow) return size;
  }
  return size;
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

/** Stop when the PDF's Flate streams (other than images) inflate past the bounds. */
export function checkPdfStreams(bytes: Uint8Array): void {
  // windows-1252 maps every byte to one character, so string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(bytes);
  let total = 0;
  let content = 0;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, at - 4096), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (!/\/FlateDecode|\/Fl\b/.test(own) || /\/Subtype\s*\/Image/.test(own)) continue;
    const start = at + 6 + (text.startsWith('\r\n', at + 6) ? 2 : 1);
    const end = text.indexOf('endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const isPage = isContent(own);
    const room = LIMITS.pdfStreamBytes - total;
    const size = inflatedSize(
      data,
      Math.min(room, isPage ? LIMITS.pdfContentBytes - content : room) + 1,
    );
    total += size;
    if (isPage) content += size;
    if (content > LIMITS.pdfContentBytes) bomb('页面内容', LIMITS.pdfContentBytes);
    if (total > LIMITS.pdfStreamBytes) bomb('压缩数据', LIMITS.pdfStreamBytes);
  }
}
