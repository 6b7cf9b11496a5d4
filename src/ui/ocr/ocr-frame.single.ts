/**
 * Where the OCR pack's worker runs in the single file (vite.single.config.ts puts this module in
 * place of ocr-frame.ts). On file:// every context the page makes — a blob: or data: worker, a
 * srcdoc, data: or blob: frame — inherits the page's CSP (tested in Chromium), so a worker of the
 * page's could compile WebAssembly only if the page could. Instead the file's own policy allows
 * `'wasm-unsafe-eval'`, and the page, first thing, adds a second policy without it (policies
 * combine: the stricter wins), so the page and its workers refuse WebAssembly. The pack runs in a
 * hidden frame that loads this same file as the "runner" (#ocr-runner): that document keeps the
 * file's own policy, starts the pack's worker and relays its messages, nothing else.
 */
import { hash as screensHash } from 'virtual:ocr-ui';
import { FRAME_SOURCE, RUNNER, type RunRequest } from './frame-protocol';
import { workerOf, type PackWorker } from './pack-worker';

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

/** The runner: start the pack's worker its page hands over, and relay what the worker says. */
export function startOcrRunner(): void {
  let running: PackWorker | undefined;
  addEventListener('message', (event: MessageEvent<RunRequest | undefined>) => {
    const data = event.data;
    if (event.source !== window.parent || data?.source !== FRAME_SOURCE || running) return;
    const url = URL.createObjectURL(new Blob([data.script], { type: 'text/javascript' }));
    running = workerOf(new Worker(url));
    running.listen(
      (reply) => {
        window.parent.postMessage(reply, '*');
      },
      () => {
        window.parent.postMessage({ source: FRAME_SOURCE, failed: true }, '*');
      },
    );
    running.post(data.message, data.transfer);
  });
  window.parent.postMessage({ source: FRAME_SOURCE, ready: true }, '*');
}
