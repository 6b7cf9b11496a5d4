/**
 * The pack's worker from a copy of its script, as a blob: worker. Never used by the hosted build
 * (its pack status is never 'stored', pack-store.ts); the single file starts it in its runner frame
 * (pack-starter.single.ts).
 */
import { workerOf, type PackWorker } from './pack-worker';

/** A pack worker from the pack's script (a copy kept in this browser), as a blob: worker. */
export function startPackWorker(script: ArrayBuffer): Promise<PackWorker> {
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  return Promise.resolve(
    workerOf(new Worker(url), () => {
      URL.revokeObjectURL(url);
    }),
  );
}
