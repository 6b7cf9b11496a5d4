/**
 * A review "worker" on the page's own thread, for the single file where no Web Worker starts: the
 * same tasks (review-task.ts), each run in its own macrotask so the page paints between files and
 * the batch's progress bar moves. Terminating it drops a task that has not finished.
 */
import type { ToWorker, WorkerResult } from './review-protocol';
import { runReviewTask } from './review-task';
import type { TaskWorker } from './worker-pool';

export class PageWorker implements TaskWorker {
  onmessage: ((event: MessageEvent<WorkerResult>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private ended = false;

  postMessage(task: ToWorker): void {
    setTimeout(() => {
      if (this.ended) return;
      void runReviewTask(task, undefined).then((result) => {
        if (!this.ended) this.onmessage?.(new MessageEvent('message', { data: result }));
      });
    }, 0);
  }

  terminate(): void {
    this.ended = true;
  }
}
