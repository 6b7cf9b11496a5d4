/** One entry for every input: the file name's extension decides, or the content when it has none. */
import { decodeText } from './source/decode';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importPdf, readScanned, type PdfOptions } from './import-pdf';
import type { ImportResult, InputKind } from './import-result';
import { importReportFile } from './import-report-file';
import { importText } from './import-text';
import { importKindsText, kindOfExtension } from './kinds';
import { isOle2, isRtf, LEGACY_EXTENSIONS, legacyOfficeMessage } from './legacy-office';
import { checkFileSize, checkTextLength, ImportLimitError, limitFailure } from './limits';

function startsWith(bytes: Uint8Array, ...magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * What the bytes are when the name does not say: ZIP → docx, %PDF → pdf, { → json, < → html;
 * an OLE2 compound file or RTF (old Word, WPS, Excel) → legacy.
 */
export function sniffKind(bytes: Uint8Array): InputKind | 'legacy' {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (isOle2(bytes) || isRtf(bytes)) return 'legacy';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff))
    return 'image';
  const head = decodeText(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return 'html';
  return 'text';
}

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();

/**
 * The input kind of a file: its extension, else its content. An old-format name (.doc, .wps,
 * .et…) goes by content: sites' "导出 Word" often write a web page or a .docx under it.
 */
export function inputKind(name: string, bytes: Uint8Array): InputKind | 'legacy' | undefined {
  const ext = extensionOf(name);
  if (ext === undefined) return sniffKind(bytes);
  if (LEGACY_EXTENSIONS.includes(ext)) {
    const kind = sniffKind(bytes);
    return kind === 'docx' || kind === 'html' ? kind : 'legacy';
  }
  return kindOfExtension(ext);
}

/** Text of a text-like file, within the bounds. */
function boundedText(bytes: Uint8Array): string {
  checkFileSize(bytes.length, true);
  const text = decodeText(bytes);
  checkTextLength(text);
  return text;
}

/**
 * Read a report from any supported file. It never throws: a file past the bounds (limits.ts) or
 * one that trips up a reader gets a message in Chinese, so a batch goes on to the next file.
 */
export async function importAny(
  name: string,
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<ImportResult> {
  try {
    return await importKind(name, bytes, options);
  } catch (error) {
    if (error instanceof ImportLimitError) return limitFailure(error);
    const why = error instanceof RangeError ? '结构过于复杂' : '文件已损坏或格式异常';
    return { ok: false, message: `无法读取这个文件（${why}）。` };
  }
}

async function importKind(
  name: string,
  bytes: Uint8Array,
  options: PdfOptions,
): Promise<ImportResult> {
  const kind = inputKind(name, bytes);
  switch (kind) {
    case 'json':
      return importReportFile(boundedText(bytes));
    case 'text':
      return importText(boundedText(bytes), options);
    case 'html':
      return importHtml(bytes, options);
    case 'docx':
      return importDocx(bytes, options);
    case 'pdf':
      return importPdf(bytes, options);
    case 'legacy':
      return { ok: false, message: legacyOfficeMessage(bytes, extensionOf(name)) };
    case 'image':
      checkFileSize(bytes.length, false);
      return readScanned({ kind: 'image', bytes }, options, 'image');
    case undefined:
      return {
        ok: false,
        message: `无法识别的文件类型“${/\.[^./\\]+$/.exec(name)?.[0] ?? name}”：应为${importKindsText()}。`,
      };
  }
}
