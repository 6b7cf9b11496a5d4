/**
 * Where the OCR pack's worker runs, in the hosted build. The hosted page's own CSP has no
 * `'wasm-unsafe-eval'`: the pack's worker is loaded from its own URL (ocr-pack.ts), so its policy
 * is its own response's, not the page's. The single file does it differently (ocr-frame.single.ts,
 * put in place of this module by vite.single.config.ts).
 */
import { workerOf, type PackWorker } from './pack-worker';

export type { PackWorker } from './pack-worker';

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

/** A pack worker from the pack's script (a copy kept in this browser), as a blob: worker. */
export function startPackWorker(script: ArrayBuffer): Promise<PackWorker> {
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  return Promise.resolve(
    workerOf(new Worker(url), () => {
      URL.revokeObjectURL(url);
    }),
  );
}
