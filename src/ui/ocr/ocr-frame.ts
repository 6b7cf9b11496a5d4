/**
 * Where the OCR pack's worker runs, in the hosted build. The hosted page's own CSP has no
 * `'wasm-unsafe-eval'`: the pack's worker is loaded from its own URL (start-worker.ts), so its policy
 * is its own response's, not the page's. The single file does it differently (ocr-frame.single.ts,
 * put in place of this module by vite.single.config.ts).
 */

/** Whether this page is the single file's OCR runner frame: never in the hosted build. */
export const isOcrRunner = (): boolean => false;

/** The single file's runner frame; nothing in the hosted build. */
export function startOcrRunner(): void {
  /* only the single file has a runner frame */
}

/** The hosted page's policy already refuses WebAssembly: nothing to add. */
export function lockPagePolicy(): void {
  /* see vite.config.ts, CONTENT_SECURITY_POLICY */
}
