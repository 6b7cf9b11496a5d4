/**
 * Where the OCR pack's worker runs in the single file (vite.single.config.ts puts this module in
 * place of ocr-frame.ts). On file:// every context the page makes — a blob: or data: worker, a
 * srcdoc, data: or blob: frame — inherits the page's CSP (tested in Chromium), so a worker of the
 * page's could compile WebAssembly only if the page could. Instead the file's own policy allows
 * `'wasm-unsafe-eval'`, and the page, first thing, adds a second policy without it (policies
 * combine: the stricter wins), so the page and its workers refuse WebAssembly. The pack runs in a
 * hidden frame that loads this same file as the "runner" (#ocr-runner): that document keeps the
 * file's own policy, loads the pack's script as the page does (load-screens.single.ts), and the
 * pack's runner (ocr-runner.ts) starts the pack's worker and relays its messages, nothing else.
 */
import { hash as screensHash } from 'virtual:ocr-ui';
import { FRAME_SOURCE, RUNNER, type FrameNote } from './frame-protocol';
import { loadOcrScreens } from './load-screens';

/**
 * The page's second policy: no script beyond the one already running (whose hash the file's own
 * policy names) but the OCR pack's screens (by their hash, load-screens.single.ts), no
 * WebAssembly, workers only from blob: (the review desk's).
 */
export const PAGE_POLICY = `script-src 'sha256-${screensHash}'; worker-src blob:`;

/** Whether this document is the OCR runner frame of a single-file page. */
export const isOcrRunner = (): boolean => location.hash === RUNNER && window.parent !== window;

/** Add the page's second, stricter policy (see above); the runner frame never calls this. */
export function lockPagePolicy(): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = PAGE_POLICY;
  document.head.append(meta);
}

/** The runner: say so while the frame loads, then hand over to the pack's own runner. */
export function startOcrRunner(): void {
  const note = (said: Omit<FrameNote, 'source'>) => {
    window.parent.postMessage({ source: FRAME_SOURCE, ...said } satisfies FrameNote, '*');
  };
  note({ loading: true });
  loadOcrScreens().then(
    (screens) => {
      // Every pack's script has a runner (ocr-ui.pack.ts); the type allows none for the hosted build.
      if (screens.startRunner) screens.startRunner();
      else note({ failed: true });
    },
    (error: unknown) => {
      note({ failed: true, message: error instanceof Error ? error.message : String(error) });
    },
  );
}
