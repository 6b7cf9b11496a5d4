/** A worker thread of `check --jobs N`: checks the files it is sent (check-file.ts), one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckWorkerData } from './check-file';
import { failedFile, type CheckedFile } from './checked-file';
import type { FromWorker, ToWorker } from './ordered-pool';
import { onScanPage } from './read-report';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs in a worker thread');
const data = (workerData as { data: CheckWorkerData }).data;
const post = (message: FromWorker<CheckedFile>) => {
  port.postMessage(message);
};

port.on('message', ({ index, item }: ToWorker<string>) => {
  // A scan takes a while per page: each page read restarts this item's clock in the pool.
  onScanPage(() => {
    post({ index, alive: true });
  });
  void checkFile(item, data).then(
    (result) => {
      post({ index, result });
    },
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      post({ index, result: failedFile(item, `${item}：检查时出错（${why}）。`, data.format) });
    },
  );
});
post({ ready: true });
