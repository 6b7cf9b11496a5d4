/** The OCR pack's worker as the page talks to it, wherever it runs (ocr-frame.ts). */

/** A started pack worker, whichever context it runs in. */
export interface PackWorker {
  post(message: unknown, transfer: Transferable[]): void;
  listen(onMessage: (data: unknown) => void, onError: () => void): void;
  terminate(): void;
}

/** A Worker as a PackWorker; `release` runs once it is ended. */
export function workerOf(worker: Worker, release: () => void = () => undefined): PackWorker {
  return {
    post: (message, transfer) => {
      worker.postMessage(message, transfer);
    },
    listen: (onMessage, onError) => {
      worker.onmessage = (event: MessageEvent) => {
        onMessage(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        onError();
      };
    },
    terminate: () => {
      worker.terminate();
      release();
    },
  };
}
