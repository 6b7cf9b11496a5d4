/**
 * The pack's worker in the single file: started in a runner frame of this same file, which keeps
 * the file's own policy (ocr-frame.single.ts says why). Part of the screens (ocr-ui.js).
 */
import { FRAME_SOURCE, RUNNER, type FrameNote, type RunRequest } from './frame-protocol';
import type { PackWorker } from './pack-worker';

/** Why the frame could not start the pack's runner, when it does not say. */
const NO_FRAME = 'OCR 识别包无法启动（本页的识别框架未能载入）。';

/** The pack's worker, started in a runner frame of this same file. */
export function startPackWorker(script: ArrayBuffer): Promise<PackWorker> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'OCR';
  frame.src = new URL(RUNNER, location.href).href;
  let onMessage: (data: unknown) => void = () => undefined;
  let onError: () => void = () => undefined;
  let heard = false;
  let ready = false;
  return new Promise((resolve, reject) => {
    const fail = (message = NO_FRAME) => {
      worker.terminate();
      reject(new Error(message));
    };
    const listener = (event: MessageEvent<Partial<FrameNote> | undefined>) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data;
      heard = true;
      if (data?.source !== FRAME_SOURCE) onMessage(data);
      else if (data.failed) {
        // Before it is ready: the frame could not load the pack's script (it says why).
        if (ready) onError();
        else fail(data.message);
      } else if (data.ready && !ready) {
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
    // A frame that loaded without a word could not run this file's script at all. Its first word
    // ("loading the pack's script") is posted while it loads; the next task after the load event
    // has it for sure. Ready comes later, once the pack's script runs in the frame.
    frame.addEventListener('load', () => {
      setTimeout(() => {
        if (!heard) fail();
      });
    });
    document.body.append(frame);
  });
}
