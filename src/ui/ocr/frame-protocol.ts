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

/**
 * What the frame says of itself: it is loading the pack's script (said as the frame loads), it is
 * ready for the request, or it failed (the pack's script could not load — `message` says why — or
 * the worker broke).
 */
export interface FrameNote {
  readonly source: typeof FRAME_SOURCE;
  readonly loading?: true;
  readonly ready?: true;
  readonly failed?: true;
  readonly message?: string;
}
