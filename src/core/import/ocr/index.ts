/**
 * The OCR pipeline, a door of the core of its own (the OCR worker and the CLI's --ocr load it;
 * the page's confirmation steps take only what they use): a scanned page → words → a report.
 */
export { grayFromRgba, resize, type GrayImage } from './gray-image';
export { OCR_DPI, type OcrReader, type ScanReader, type ScannedFile } from './ocr-reader';
export { scanReader } from './scan-reader';
export { readPage, type OcrModels, type OcrPage, type OcrWord } from './read-page';
export {
  importScanned,
  LOW_CONFIDENCE,
  type KnownFormat,
  type ScanOptions,
} from './import-scanned';
export { agreedValue, cellsToConfirm, confirmCells } from './confirm-cells';
export { nearOrgName, type OrgProposal } from './near-org';
