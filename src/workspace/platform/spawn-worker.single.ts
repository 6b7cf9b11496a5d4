/**
 * A review worker for the single file (vite.single.config.ts puts this module in place of
 * spawn-worker.ts): a page opened from disk cannot start a worker from a file, nor a module worker
 * from a blob: URL, but Chromium starts a classic worker from a blob: URL — the worker's code is
 * inlined into the page (`?worker&inline`, built as one classic script). Where even that fails
 * (a browser that refuses blob: workers on file://), the tasks run on the page, one per task
 * (page-worker.ts), and the batch's progress bar shows them going.
 */
import { PageWorker } from '../review/page-worker';
import ReviewWorker from '../review/review.worker.ts?worker&inline';
import type { TaskWorker } from '../review/worker-pool';

export function spawnReviewWorker(): TaskWorker {
  try {
    return new ReviewWorker();
  } catch {
    return new PageWorker();
  }
}
