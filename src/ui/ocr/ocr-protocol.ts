/** What the page and the OCR worker (the OCR pack's ocr-worker.js) say to each other. */
import type { ImportResult } from '../../core/import';
import type { KnownFormat } from '../../core/import/ocr';

/** The pack's files by name; absent in the hosted build, where the worker fetches them beside itself. */
export type PackFiles = Readonly<Record<string, ArrayBuffer>>;

/** Read one scanned file (a PDF with no text layer, or a page image). */
export interface OcrRequest {
  readonly source: typeof OCR_SOURCE;
  readonly name: string;
  readonly kind: 'pdf' | 'image';
  readonly bytes: ArrayBuffer;
  readonly files?: PackFiles;
  /** The format known from elsewhere (the desk's batch), for pages that do not decide it. */
  readonly knownFormat?: KnownFormat;
}

/** Progress per page, the result, or an error's message. */
export type OcrResponse = { readonly source: typeof OCR_SOURCE } & (
  | { readonly progress: { readonly done: number; readonly total: number } }
  | { readonly result: ImportResult; readonly pages: readonly Blob[] }
  | { readonly error: string }
);

/** Marks the OCR worker's own messages. */
export const OCR_SOURCE = 'gongkai-ocr';

/** The files of the pack, as named in dist/ocr-pack/ and in the pack file. */
export const PACK_FILES = {
  worker: 'ocr-worker.js',
  /** The OCR screens, for the single file (vite.ocr-ui.config.ts). */
  ui: 'ocr-ui.js',
  wasm: 'ort-wasm-simd-threaded.wasm',
  detector: 'ch_PP-OCRv4_det_infer.onnx',
  recognizer: 'ch_PP-OCRv4_rec_infer.onnx',
  dictionary: 'ppocr_keys_v1.txt',
  licences: 'LICENSES.txt',
} as const;
