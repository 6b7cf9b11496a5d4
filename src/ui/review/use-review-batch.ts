/** The review batch as the page sees it: entries, decisions, settings, progress and the actions. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_REVIEW, type ReportReview } from '../../core';
import { ACCEPT } from '../../workspace/import/read-input';
import { profileState } from '../../workspace/profile/profile-store';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import {
  clearBatch,
  DEFAULT_SETTINGS,
  loadBatch,
  putEntries,
  putReview,
  putSettings,
  type ReviewSettings,
} from '../../workspace/review/review-db';
import { useUpdateGuard } from '../update/use-update-guard';
import { readFiles, recheck } from '../../workspace/review/run-batch';
import { WorkerPool } from '../../workspace/review/worker-pool';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

const EXTENSIONS = ACCEPT.split(',');

/** Files the importers read (a dropped folder brings others along). */
export function readable(files: readonly File[]): File[] {
  return files.filter((f) => EXTENSIONS.some((ext) => f.name.toLowerCase().endsWith(ext)));
}

function merge(entries: readonly BatchEntry[], updates: readonly BatchEntry[]): BatchEntry[] {
  const byId = new Map(updates.map((e) => [e.id, e]));
  const kept = entries.map((e) => byId.get(e.id) ?? e);
  const known = new Set(entries.map((e) => e.id));
  return [...kept, ...updates.filter((e) => !known.has(e.id))];
}

export function useReviewBatch() {
  const [entries, setEntries] = useState<BatchEntry[] | null>(null);
  const [reviews, setReviews] = useState<ReadonlyMap<string, ReportReview>>(new Map());
  const [settings, setSettingsState] = useState<ReviewSettings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress | null>(null);
  // A batch being read is stored slice by slice: no update takes over until it is done.
  useUpdateGuard(progress !== null);
  const [message, setMessage] = useState('');
  const pool = useRef<WorkerPool | null>(null);
  const current = useRef<BatchEntry[]>([]);
  const decided = useRef<ReadonlyMap<string, ReportReview>>(new Map());

  useEffect(() => {
    const workers = new WorkerPool();
    pool.current = workers;
    void loadBatch().then(async (stored) => {
      current.current = stored.entries;
      setEntries(stored.entries);
      decided.current = stored.reviews;
      setReviews(stored.reviews);
      setSettingsState(stored.settings);
      // The rules may have changed since the batch was read: check the stored reports again.
      const fresh = await recheck(stored.entries, workers, true).catch(() => []);
      current.current = merge(current.current, fresh);
      setEntries(current.current);
      await putEntries(fresh);
    });
    // The batch's profile (地方要求) loaded or removed: every report is checked again against it.
    const stopProfile = profileState().subscribe(() => {
      void recheck(current.current, workers, true).then(
        async (fresh) => {
          current.current = merge(current.current, fresh);
          setEntries(current.current);
          await putEntries(fresh);
        },
        () => undefined,
      );
    });
    return () => {
      stopProfile();
      workers.dispose();
    };
  }, []);

  const update = useCallback((updates: readonly BatchEntry[]) => {
    current.current = merge(current.current, updates);
    setEntries(current.current);
  }, []);

  // Each slice is stored as it arrives: a cancelled or interrupted batch keeps what it read, and
  // no single structured clone of hundreds of reports blocks the page at the end.
  const arrived = useCallback(
    (slice: BatchEntry[]) => {
      update(slice);
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
          onProgress: (done) => {
            setProgress({ done, total: files.length });
          },
        });
        const rechecked = await recheck(current.current, workers);
        update(rechecked);
        await putEntries(rechecked);
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
    [update, arrived],
  );

  const cancel = useCallback(() => {
    pool.current?.cancel();
  }, []);

  const setReview = useCallback((id: string, change: (r: ReportReview) => ReportReview) => {
    const next = change(decided.current.get(id) ?? EMPTY_REVIEW);
    decided.current = new Map(decided.current).set(id, next);
    setReviews(decided.current);
    void putReview(id, next);
  }, []);

  const setSettings = useCallback((next: ReviewSettings) => {
    setSettingsState(next);
    void putSettings(next);
  }, []);

  const clear = useCallback(async () => {
    await clearBatch();
    current.current = [];
    setEntries([]);
    decided.current = new Map();
    setReviews(decided.current);
    setMessage('');
  }, []);

  return {
    entries,
    reviews,
    settings,
    progress,
    message,
    addFiles,
    cancel,
    setReview,
    setSettings,
    clear,
  };
}
