/** Reading dropped files into the batch: the progress, the message after, and the cancel. */
import { startTransition, useCallback, useState, type RefObject } from 'react';
import { ACCEPT } from '../../workspace/import/read-input';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { putEntries } from '../../workspace/review/review-db';
import { readFiles, recheck } from '../../workspace/review/run-batch';
import type { WorkerPool } from '../../workspace/review/worker-pool';
import { useUpdateGuard } from '../update/use-update-guard';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

const EXTENSIONS = ACCEPT.split(',');

/** Files the importers read (a dropped folder brings others along). */
export function readable(files: readonly File[]): File[] {
  return files.filter((f) => EXTENSIONS.some((ext) => f.name.toLowerCase().endsWith(ext)));
}

/**
 * Adds files to the batch through the page's worker pool: each slice is merged with `update` and
 * stored as it arrives, then the whole batch is checked again (last year's reports may have come).
 */
export function useBatchReading(
  pool: RefObject<WorkerPool | null>,
  current: RefObject<BatchEntry[]>,
  update: (updates: readonly BatchEntry[]) => void,
) {
  const [progress, setProgress] = useState<Progress | null>(null);
  // A batch being read is stored slice by slice: no update takes over until it is done.
  useUpdateGuard(progress !== null);
  const [message, setMessage] = useState('');

  // Each slice is stored as it arrives: a cancelled or interrupted batch keeps what it read, and
  // no single structured clone of hundreds of reports blocks the page at the end.
  // The list re-renders as a transition: React works on it between the browser's other tasks, in
  // small steps, so a long list taking new rows never holds the page for long.
  const arrived = useCallback(
    (slice: BatchEntry[]) => {
      startTransition(() => {
        update(slice);
      });
      void putEntries(slice);
    },
    [update],
  );

  const addFiles = useCallback(
    async (dropped: readonly File[]) => {
      const workers = pool.current;
      const files = readable(dropped);
      const skipped = dropped.length - files.length;
      if (!workers || files.length === 0) {
        setMessage(skipped ? `没有可读取的报告文件（已跳过 ${skipped} 个其他文件）。` : '');
        return;
      }
      setMessage('');
      setProgress({ done: 0, total: files.length });
      try {
        const added = await readFiles(files, {
          pool: workers,
          known: new Set(current.current.map((e) => e.id)),
          firstOrder: current.current.length,
          onEntries: arrived,
          // In the same transition as the rows: an urgent progress render would restart it.
          onProgress: (done) => {
            startTransition(() => {
              setProgress({ done, total: files.length });
            });
          },
        });
        const rechecked = await recheck(current.current, workers);
        // Nothing matched anew (the usual drop): no new list, so no render of every row again.
        if (rechecked.length > 0) {
          update(rechecked);
          await putEntries(rechecked);
        }
        const repeated = files.length - added.length;
        setMessage(
          [
            `已读入 ${added.length} 个文件。`,
            repeated ? `${repeated} 个与已有文件相同，未重复加入。` : '',
            skipped ? `已跳过 ${skipped} 个不支持的文件。` : '',
          ].join(''),
        );
      } catch {
        setMessage(`已取消。已读入的 ${current.current.length} 个文件保留在列表中。`);
      } finally {
        setProgress(null);
      }
    },
    [pool, current, update, arrived],
  );

  const cancel = useCallback(() => {
    pool.current?.cancel();
  }, [pool]);

  return { progress, message, setMessage, addFiles, cancel };
}
