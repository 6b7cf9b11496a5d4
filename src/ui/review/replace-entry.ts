/** One entry of the batch changed on the desk: a scan read by OCR, its cells confirmed. */
import type { RefObject } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { putEntries } from '../../workspace/review/review-db';
import { recheck } from '../../workspace/review/run-batch';
import type { WorkerPool } from '../../workspace/review/worker-pool';

/**
 * The entry kept (in the list and the stored batch), and the batch's last-year pairs checked
 * again, as for files read. An entry changed again meanwhile (the next cell confirmed before the
 * check came back) keeps its newer self.
 */
export function replaceEntry(
  entry: BatchEntry,
  workers: WorkerPool | null,
  current: () => readonly BatchEntry[],
  update: (entries: readonly BatchEntry[]) => void,
): void {
  update([entry]);
  void putEntries([entry]);
  if (!workers) return;
  const base = new Map(current().map((e) => [e.id, e]));
  void recheck(current(), workers).then(
    async (fresh) => {
      const now = new Map(current().map((e) => [e.id, e]));
      const still = fresh.filter((f) => now.get(f.id) === base.get(f.id));
      update(still);
      await putEntries(still);
    },
    () => undefined,
  );
}

/** The desk's replace: `replaceEntry` over the batch's pool and entries. */
export function useReplaceEntry(
  pool: RefObject<WorkerPool | null>,
  current: RefObject<BatchEntry[]>,
  update: (entries: readonly BatchEntry[]) => void,
): (entry: BatchEntry) => void {
  return (entry) => {
    replaceEntry(entry, pool.current, () => current.current, update);
  };
}
