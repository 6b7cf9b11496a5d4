/** The review batch as the page sees it: entries, decisions, settings, progress and the actions. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_REVIEW, type ReportReview } from '../../core';
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
import { recheck } from '../../workspace/review/run-batch';
import { WorkerPool } from '../../workspace/review/worker-pool';
import { useBatchReading } from './use-batch-reading';
import { useReplaceEntry } from './replace-entry';

export type { Progress } from './use-batch-reading';

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
  const { progress, message, setMessage, addFiles, cancel } = useBatchReading(
    pool,
    current,
    update,
  );

  const replace = useReplaceEntry(pool, current, update);

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
  }, [setMessage]);

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
    replace,
  };
}
