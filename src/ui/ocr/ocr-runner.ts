/**
 * The single file's OCR runner frame (ocr-frame.single.ts), once the pack's script is in it:
 * start the pack's worker its page hands over, and relay what the worker says. Part of the
 * pack's screens script (ocr-ui.pack.ts), so the one file carries only the few lines that load it.
 */
import { FRAME_SOURCE, type FrameNote, type RunRequest } from './frame-protocol';
import { workerOf, type PackWorker } from './pack-worker';

/** Take the page's one run request; says the frame is ready. */
export function startOcrRunner(): void {
  let running: PackWorker | undefined;
  const note = (said: Omit<FrameNote, 'source'>) => {
    window.parent.postMessage({ source: FRAME_SOURCE, ...said } satisfies FrameNote, '*');
  };
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
        note({ failed: true });
      },
    );
    running.post(data.message, data.transfer);
  });
  note({ ready: true });
}
