/**
 * A review worker: reads and checks one file at a time off the main thread, so a batch of hundreds
 * of files never blocks the page. Same origin, no inline code (the page's CSP allows it).
 */
import '../platform/csp';
import { pdfOptions } from '../platform/review-pdf';
import type { ToWorker } from './review-protocol';
import { runReviewTask } from './review-task';

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void runReviewTask(event.data, pdfOptions()).then((result) => {
    self.postMessage(result);
  });
};
