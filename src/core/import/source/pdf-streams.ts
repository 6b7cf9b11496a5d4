/**
 * A bound on what a PDF's compressed streams inflate to, checked before pdfjs reads the file:
 * pdfjs keeps every stream it decodes whole, so a 255 KB file whose content stream inflates to
 * gigabytes would take the page down. Images are left out (reading text never decodes them).
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

/** Stop when the PDF's Flate streams (other than images) inflate past the bound. */
export function checkPdfStreams(bytes: Uint8Array): void {
  // windows-1252 maps every byte to one character, so string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(bytes);
  let total = 0;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, at - 4096), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (!/\/FlateDecode|\/Fl\b/.test(own) || /\/Subtype\s*\/Image/.test(own)) continue;
    const start = at + 6 + (text.startsWith('\r\n', at + 6) ? 2 : 1);
    const end = text.indexOf('endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    total += inflatedSize(data, LIMITS.pdfStreamBytes - total + 1);
    if (total > LIMITS.pdfStreamBytes) {
      stopImport(
        `这个 PDF 中的压缩数据解压后超过 ${LIMITS.pdfStreamBytes / 1024 / 1024} MB 的上限（文件可能已损坏，或是“压缩炸弹”），已停止读取。`,
      );
    }
  }
}
