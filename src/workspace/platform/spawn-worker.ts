/** A review worker from its own file beside the page (the normal build). */
export function spawnReviewWorker(): Worker {
  return new Worker(new URL('../review/review.worker.ts', import.meta.url), { type: 'module' });
}
