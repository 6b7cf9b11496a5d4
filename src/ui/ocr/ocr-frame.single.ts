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
import { workerOf, type PackWorker } from './pack-worker';

export type { PackWorker } from './pack-worker';

const RUNNER = '#ocr-runner';
const FRAME_SOURCE = 'gongkai-ocr-frame';

/**
 * The page's second policy: no script beyond the one already running (whose hash the file's own
 * policy names), no WebAssembly, workers only from blob: (the review desk's).
 */
export const PAGE_POLICY = "script-src 'none'; worker-src blob:";

/** Whether this document is the OCR runner frame of a single-file page. */
export const isOcrRunner = (): boolean => location.hash === RUNNER && window.parent !== window;

/** Add the page's second, stricter policy (see above); the runner frame never calls this. */
export function lockPagePolicy(): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = PAGE_POLICY;
  document.head.append(meta);
}

interface RunRequest {
  readonly source: typeof FRAME_SOURCE;
  readonly script: ArrayBuffer;
  readonly message: unknown;
  /** The buffers inside `message`, handed on to the worker rather than copied. */
  readonly transfer: Transferable[];
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

/** The pack's worker, started in a runner frame of this same file. */
export function startPackWorker(script: ArrayBuffer): Promise<PackWorker> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'OCR';
  frame.src = new URL(RUNNER, location.href).href;
  let onMessage: (data: unknown) => void = () => undefined;
  let onError: () => void = () => undefined;
  let ready = false;
  return new Promise((resolve, reject) => {
    const listener = (event: MessageEvent<{ source?: string; ready?: true; failed?: true }>) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data;
      if (data.source !== FRAME_SOURCE) onMessage(data);
      else if (data.failed) onError();
      else if (data.ready && !ready) {
        ready = true;
        resolve(worker);
      }
    };
    const worker: PackWorker = {
      post: (message, transfer) => {
        // The pack's script and the request together: the runner starts the worker with both.
        const request: RunRequest = { source: FRAME_SOURCE, script, message, transfer };
        frame.contentWindow?.postMessage(request, '*', [script, ...transfer]);
      },
      listen: (message, error) => {
        onMessage = message;
        onError = error;
      },
      terminate: () => {
        removeEventListener('message', listener);
        frame.remove();
      },
    };
    addEventListener('message', listener);
    // A frame that loaded without saying it is ready could not run the runner. Its "ready" is
    // posted while it loads; the next task after the load event has it for sure.
    frame.addEventListener('load', () => {
      setTimeout(() => {
        if (ready) return;
        worker.terminate();
        reject(new Error('OCR 识别包无法启动（本页的识别框架未能载入）。'));
      });
    });
    document.body.append(frame);
  });
}
