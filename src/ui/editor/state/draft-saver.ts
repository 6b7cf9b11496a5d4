/**
 * Saving a draft: every change the engine hands over (after the key's paint, once per burst) goes
 * to the journal at once (synchronously) and to IndexedDB SAVE_DELAY_MS later, one write at a time,
 * each over the revision this tab has. A write refused because another
 * tab saved first is handed to `onConflict` (the engine merges); until it is resolved nothing is
 * written over the other tab's revision. No React.
 */
import { countFindings, type Finding, type Report } from '../../../core';
import type { Store } from '../../store';
import { TAB } from '../../storage/journal';
import { announceSaved } from '../../storage/draft-channel';
import {
  forgetOwnJournal,
  journalChange,
  saveDraft,
  type DraftRecord,
  type DraftUi,
} from '../../storage/drafts-db';
import { storageFailed, storageWorks } from '../../storage/storage-health';
import type { SaveState } from './save-state';

export interface SaveSource<S> {
  readonly id: string;
  readonly session: string;
  /** The state to save now (the engine's form, modes, link), and its report. */
  readonly snapshot: () => { state: S; report: Report; findings: readonly Finding[] };
  readonly ui: () => DraftUi;
  readonly status: Store<SaveState>;
  /** Whether the latest change is on disk (journaled in IndexedDB), even before it is saved. */
  readonly durable: Store<boolean>;
  /** This tab's state `state` is stored as `revision`. */
  readonly onSaved: (state: S, revision: number) => void;
  /** Another tab saved first; resolve true once merged (save again), false to stop. */
  readonly onConflict: (current: DraftRecord | undefined) => Promise<boolean>;
}

export interface DraftSaver {
  readonly revision: () => number;
  readonly setRevision: (revision: number) => void;
  /** A change happened: journal it now, store it soon. */
  readonly change: (report: Report) => void;
  /** Stop writing (a conflict waits for the user, or the draft is replaced); resolves when idle. */
  readonly pause: () => Promise<void>;
  readonly resume: () => void;
}

/**
 * How long after a change the draft is stored (the journal has it already): a burst of keys makes
 * one IndexedDB write with its history version, not one per key.
 */
export const SAVE_DELAY_MS = 300;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDraftSaver<S>(source: SaveSource<S>, startRevision: number): DraftSaver {
  const { id, session, status } = source;
  let revision = startRevision;
  let changes = 0;
  let waiting = false;
  let running: Promise<void> | undefined;
  let paused = false;

  const journal = (report: Report) => {
    const seen = changes;
    source.durable.set(false);
    void journalChange({
      id,
      base: revision,
      session,
      tab: TAB,
      at: Date.now(),
      report,
      ui: source.ui(),
    }).then((committed) => {
      if (committed && changes === seen) source.durable.set(true);
    });
  };

  const writeOnce = async (): Promise<boolean> => {
    const seen = changes;
    const { state, report, findings } = source.snapshot();
    const record: DraftRecord = {
      id,
      report,
      savedAt: Date.now(),
      ui: source.ui(),
      revision,
      ...countFindings(findings),
    };
    const result = await saveDraft(record, revision, session);
    if (!result.ok) return source.onConflict(result.current);
    revision = result.revision;
    source.onSaved(state, revision);
    storageWorks();
    announceSaved(id, revision);
    if (changes === seen) {
      forgetOwnJournal(id);
      status.set({ kind: 'saved', at: record.savedAt });
    } else {
      journal(source.snapshot().report); // the newer change, now on the new revision
    }
    return changes !== seen;
  };

  const run = async () => {
    try {
      while (waiting && !paused) {
        waiting = false;
        if (await writeOnce()) waiting = true;
      }
    } catch (error) {
      status.set({ kind: 'failed', message: reason(storageFailed(error)) });
    } finally {
      running = undefined;
    }
  };

  /** Store soon: SAVE_DELAY_MS after the first of a burst of changes, one write at a time. */
  const kick = (delay = SAVE_DELAY_MS) => {
    waiting = true;
    if (running || paused) return;
    running = new Promise((resolve) => {
      setTimeout(() => {
        void run().then(resolve);
      }, delay);
    });
  };

  return {
    revision: () => revision,
    setRevision: (next) => {
      revision = next;
    },
    change: (report) => {
      changes++;
      try {
        // Journaled even while paused by a conflict: a reload then keeps it as a copy.
        journal(report);
        // Already pending in a burst of keys: the same state again would re-render the indicator.
        if (!paused && status.get().kind !== 'pending') status.set({ kind: 'pending' });
      } catch (error) {
        status.set({ kind: 'failed', message: reason(storageFailed(error)) });
      }
      kick();
    },
    pause: async () => {
      paused = true;
      await running;
    },
    resume: () => {
      paused = false;
      kick(0);
    },
  };
}
