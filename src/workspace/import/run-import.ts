/**
 * One import request read into a report — the same steps wherever it runs: in the import worker
 * (the normal page) or on the page's own thread (the single-file page, which cannot start one).
 */
import {
  checkFileSize,
  checkTextLength,
  importAny,
  importHtml,
  type ImportResult,
  importText,
  limitFailure,
  type PdfOptions,
} from '../../core/import';
import type { ImportRequest } from './import-protocol';

/** How pdfjs runs here, asked for only when the file is read (a worker is started per PDF). */
export type PdfSetup = () => PdfOptions | Promise<PdfOptions>;

export async function runImport(request: ImportRequest, pdf: PdfSetup): Promise<ImportResult> {
  if (request.kind === 'file') {
    const { file, cMapUrl } = request;
    try {
      // Before reading it into memory: a 2 GB file is refused by its size alone.
      checkFileSize(file.size, false);
    } catch (error) {
      return limitFailure(error);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isPdf = /\.pdf$/i.test(file.name) || bytes[0] === 0x25;
    return importAny(file.name, bytes, { ...(isPdf ? await pdf() : {}), cMapUrl });
  }
  const { text, html } = request;
  if (html && /<table/i.test(html)) return importHtml(html);
  try {
    checkFileSize(text.length, true);
    checkTextLength(text);
  } catch (error) {
    return limitFailure(error);
  }
  return importText(text);
}
