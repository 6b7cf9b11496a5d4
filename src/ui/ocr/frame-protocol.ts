/** What the single file's page and its OCR runner frame say to each other (ocr-frame.single.ts). */

/** The runner frame is this same file at this hash. */
export const RUNNER = '#ocr-runner';
/** Marks the frame's own messages. */
export const FRAME_SOURCE = 'gongkai-ocr-frame';

/** The page's request: start the pack's worker from `script` and hand it `message`. */
export interface RunRequest {
  readonly source: typeof FRAME_SOURCE;
  readonly script: ArrayBuffer;
  readonly message: unknown;
  /** The buffers inside `message`, handed on to the worker rather than copied. */
  readonly transfer: Transferable[];
}
