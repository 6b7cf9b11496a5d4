import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { LastYearLink, Report } from '../../core';
import { draftRecord, putDraft, type DraftUi } from '../storage/drafts-db';
import { reportOf, type FormValues, type TotalsModes } from './form-model';
import type { SaveStatusStore } from './save-status';

const DELAY_MS = 300;

/**
 * Saves the draft to IndexedDB shortly after every change (well within a second), and at once
 * when the page is hidden or left. Subscribes to the form without re-rendering it.
 */
export function useAutosave(options: {
  id: string;
  base: Report;
  form: UseFormReturn<FormValues>;
  modes: TotalsModes;
  lastYear: LastYearLink | undefined;
  status: SaveStatusStore;
  initialUi: DraftUi;
}): { touchUi: (ui: DraftUi) => void; currentReport: () => Report } {
  const { id, base, form, modes, lastYear, status, initialUi } = options;
  const ui = useRef<DraftUi>(initialUi);
  const modesRef = useRef(modes);
  const lastYearRef = useRef(lastYear);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef<() => void>(() => undefined);

  const currentReport = () =>
    reportOf(base, form.getValues(), modesRef.current, lastYearRef.current);

  useEffect(() => {
    save.current = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      const record = draftRecord(
        reportOf(base, form.getValues(), modesRef.current, lastYearRef.current),
        id,
        ui.current,
      );
      putDraft(record).then(
        () => {
          if (timer.current === undefined) status.set({ kind: 'saved', at: record.savedAt });
        },
        (error: unknown) => {
          status.set({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        },
      );
    };
  }, [base, form, id, status]);

  const schedule = () => {
    status.set({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      save.current();
    }, DELAY_MS);
  };

  useEffect(() => {
    const subscription = form.watch(() => {
      schedule();
    });
    const flush = () => {
      if (timer.current !== undefined) save.current();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only touches refs
  }, [form]);

  useEffect(() => {
    if (modesRef.current === modes) return;
    modesRef.current = modes;
    schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only touches refs
  }, [modes]);

  useEffect(() => {
    if (lastYearRef.current === lastYear) return;
    lastYearRef.current = lastYear;
    schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only touches refs
  }, [lastYear]);

  const touchUi = (next: DraftUi) => {
    if (next.section === ui.current.section && next.cell === ui.current.cell) return;
    ui.current = next;
    schedule();
  };

  return { touchUi, currentReport };
}
