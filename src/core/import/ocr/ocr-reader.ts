/** The edge's part of OCR: turning a scanned file into read pages (rendering, the models' runtime). */
import type { OcrPage } from './read-page';

/** A scanned input: a PDF with no text layer, or one page as a PNG or JPEG image. */
export interface ScannedFile {
  readonly kind: 'pdf' | 'image';
  readonly bytes: Uint8Array;
}

/** Reads every page of a scanned file (the CLI's onnxruntime-node, the page's OCR worker). */
export type OcrReader = (file: ScannedFile) => Promise<OcrPage[]>;

/** Pages are read at this resolution: the detector found one-digit cells best at ~150 dpi. */
export const OCR_DPI = 150;
