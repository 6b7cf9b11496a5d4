/** The edge's part of OCR: turning a scanned file into read pages (rendering, the models' runtime). */
import type { ImportOptions, ImportResult, InputKind } from '../import-result';
import type { OcrPage } from './read-page';

/** A scanned input: a PDF with no text layer, or one page as a PNG or JPEG image. */
export interface ScannedFile {
  readonly kind: 'pdf' | 'image';
  readonly bytes: Uint8Array;
}

/** Reads every page of a scanned file (the CLI's onnxruntime-node, the page's OCR worker). */
export type OcrReader = (file: ScannedFile) => Promise<OcrPage[]>;

/**
 * Reads a scanned file into a report (an OcrReader's pages laid out by importScanned, see
 * scan-reader.ts). The importers take this, not the layout code itself, so a bundle that never
 * reads scans on its own thread (the page: its OCR runs in the pack) carries none of it.
 */
export type ScanReader = (
  file: ScannedFile,
  options: ImportOptions,
  input: InputKind,
) => Promise<ImportResult>;

/** Pages are read at this resolution: the detector found one-digit cells best at ~150 dpi. */
export const OCR_DPI = 150;
