/** The importers: any input (text, web page, Word, PDF, report file) → a report to review. */
export type { ImportOptions, ImportResult, InputKind } from './import-result';
export { importText } from './import-text';
export { importHtml, decodeHtml } from './import-html';
export { importDocx } from './import-docx';
export { importPdf, preloadPdfjs, type PdfOptions } from './import-pdf';
export { loadKeepingNatives } from './pdfjs-natives';
export { importReportFile } from './import-report-file';
export { migrateReportFile, MIGRATIONS, type Migration } from '../migrations';
export { importAny, inputKind, sniffKind } from './import-any';
export { IMPORT_KINDS, IMPORT_EXTENSIONS, IMPORT_ACCEPT, kindOfExtension } from './kinds';
export { decodeText } from './source/decode';
export {
  checkFileSize,
  checkTextLength,
  limitFailure,
  HANG_GUARD_MS,
  HANG_MESSAGE,
} from './limits';
/** What the page says of scans it does not read itself, and the OCR pack file's name. */
export { DESK_SCAN_MESSAGE, FORMAT_DOUBT, PACK_FILE_PREFIX } from './ocr/scan-messages';
