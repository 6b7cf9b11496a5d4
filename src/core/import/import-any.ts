/** One entry for every input: the file name's extension decides, or the content when it has none. */
import { decodeText } from './source/decode';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importPdf, type PdfOptions } from './import-pdf';
import type { ImportResult, InputKind } from './import-result';
import { importReportFile } from './import-report-file';
import { importText } from './import-text';

const EXTENSIONS: Readonly<Record<string, InputKind>> = {
  json: 'json',
  txt: 'text',
  text: 'text',
  md: 'text',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

/** Extensions importAny reads, for file pickers ("accept"). */
export const IMPORT_EXTENSIONS = ['.json', '.txt', '.docx', '.html', '.htm', '.pdf'] as const;

function startsWith(bytes: Uint8Array, ...magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What the bytes are when the name does not say: ZIP → docx, %PDF → pdf, { → json, < → html. */
export function sniffKind(bytes: Uint8Array): InputKind | 'doc' {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'doc';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  const head = decodeText(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return 'html';
  return 'text';
}

/** The input kind of a file: its extension, else its content. */
export function inputKind(name: string, bytes: Uint8Array): InputKind | 'doc' | undefined {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined) return sniffKind(bytes);
  if (ext === 'doc') return 'doc';
  return EXTENSIONS[ext];
}

/** Read a report from any supported file. */
export async function importAny(
  name: string,
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<ImportResult> {
  const kind = inputKind(name, bytes);
  switch (kind) {
    case 'json':
      return importReportFile(decodeText(bytes));
    case 'text':
      return importText(decodeText(bytes), options);
    case 'html':
      return importHtml(bytes, options);
    case 'docx':
      return importDocx(bytes, options);
    case 'pdf':
      return importPdf(bytes, options);
    case 'doc':
      return importDocx(bytes, options);
    case undefined:
      return {
        ok: false,
        message: `无法识别的文件类型“${/\.[^./\\]+$/.exec(name)?.[0] ?? name}”：应为报告文件（.json）、文本（.txt）、Word 文档（.docx）、网页（.html/.htm）或 PDF（.pdf）。`,
      };
  }
}
