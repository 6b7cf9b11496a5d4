/**
 * The pack's worker in the single file: started in a runner frame of this same file, which keeps
 * the file's own policy (ocr-frame.single.ts says why). Part of the screens (ocr-ui.js).
 */
import { FRAME_SOURCE, RUNNER, type RunRequest } from './frame-protocol';
import type { PackWorker } from './pack-worker';

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
