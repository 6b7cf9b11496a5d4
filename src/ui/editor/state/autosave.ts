/**
 * Saves the draft shortly after every change (well within a second), and at once on `flush` (the
 * page is hidden or left, the editor closes). No React: the editor engine drives it.
 */
import type { Store } from '../../store';
import type { DraftRecord } from '../../storage/drafts-db';
import type { SaveState } from './save-state';

const DELAY_MS = 300;

export interface Autosave {
  /** A change happened: save soon. */
  readonly schedule: () => void;
  /** Save now if a change is waiting. */
  readonly flush: () => void;
}

export function createAutosave(options: {
  /** The record as the editor shows it now. */
  record: () => DraftRecord;
  put: (record: DraftRecord) => Promise<void>;
  status: Store<SaveState>;
}): Autosave {
  const { record, put, status } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const next = record();
    put(next).then(
      () => {
        if (timer === undefined) status.set({ kind: 'saved', at: next.savedAt });
      },
      (error: unknown) => {
        status.set({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };

  return {
    schedule: () => {
      status.set({ kind: 'pending' });
      clearTimeout(timer);
      timer = setTimeout(save, DELAY_MS);
    },
    flush: () => {
      if (timer !== undefined) save();
    },
  };
}
