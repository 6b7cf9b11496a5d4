/**
 * Saving a draft: every change the engine hands over (after the key's paint, once per burst) goes
 * to the journal at once (synchronously) and to IndexedDB SAVE_DELAY_MS later, one write at a time,
 * each over the revision this tab has. A write refused because another tab saved first is handed
 * to `onConflict` (the engine merges); one refused because newer code wrote the draft stops the
 * saving for good (`onNewer`): the journal keeps the edits until the page is reloaded. A save
 * that changes nothing writes nothing and tells no one. No React.
 */
import { countFindings, type Finding, type Report } from '../../core';
import type { Store } from '../store';
import type { DraftPort } from '../storage/draft-port';
import type { DraftRecord, DraftUi } from '../storage/drafts-db';
import { spanOf } from '../storage/history';
import { sameJson } from '../storage/same-json';
import { OutdatedError } from '../storage/outdated';
import { storageFailed, storageWorks } from '../storage/storage-health';
import type { SaveState } from './save-state';

export interface SaveSource<S> {
  readonly id: string;
  readonly session: string;
  /** The state to save now (the engine's form, modes, link), and its report. */
  readonly snapshot: () => { state: S; report: Report; findings: readonly Finding[] };
  /** The report as stored at the revision this tab has: the base a later merge starts from. */
  readonly baseReport: () => Report;
  /** The store has this tab's state already (no field differs from the revision it has). */
  readonly inSync: () => boolean;
  readonly ui: () => DraftUi;
  readonly status: Store<SaveState>;
  /** Whether the latest change is on disk (journaled in IndexedDB), even before it is saved. */
  readonly durable: Store<boolean>;
  /** This tab's state `state`, whose report is `report`, is stored as `revision`. */
  readonly onSaved: (state: S, report: Report, revision: number) => void;
  /** Another tab saved first; resolve true once merged (save again), false to stop. */
  readonly onConflict: (current: DraftRecord | undefined) => Promise<boolean>;
  /** Newer code wrote the draft: this tab must not save it any more. */
  readonly onNewer: () => void;
  /** The save was stamped before the one it follows: the computer's clock went back. */
  readonly onClockBehind: () => void;
}

export interface DraftSaver {
  readonly revision: () => number;
  readonly setRevision: (revision: number) => void;
  /** A change happened: journal it now, store it soon. */
  readonly change: (report: Report) => void;
  /** Stop writing (a conflict waits for the user, or the draft is replaced); resolves when idle. */
  readonly pause: () => Promise<void>;
  readonly resume: () => void;
  /** The span (history.ts) a save made now belongs to. */
  readonly span: () => number;
}

/**
 * How long after a change the draft is stored (the journal has it already): a burst of keys makes
 * one IndexedDB write with its history version, not one per key.
 */
export const SAVE_DELAY_MS = 300;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The page's steady clock (never set back), for the spans of versions. */
const steady = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

export function createDraftSaver<S>(
  source: SaveSource<S>,
  start: { readonly revision: number; readonly ui: DraftUi },
  storage: DraftPort,
): DraftSaver {
  const { id, session, status } = source;
  const startRevision = start.revision;
  /** The place as stored. */
  let storedUi = start.ui;
  const started = steady();
  let revision = startRevision;
  let changes = 0;
  let waiting = false;
  let running: Promise<void> | undefined;
  let paused = false;

  const journal = (report: Report) => {
    const seen = changes;
    source.durable.set(false);
    void storage
      .journal({
        id,
        base: revision,
        session,
        tab: storage.tab,
        at: Date.now(),
        report,
        baseReport: source.baseReport(),
        ui: source.ui(),
      })
      .then((committed) => {
        if (committed && changes === seen) source.durable.set(true);
      });
  };

  const writeOnce = async (): Promise<boolean> => {
    const seen = changes;
    const snapshot = source.snapshot();
    const { state, findings } = snapshot;
    const ui = source.ui();
    // Nothing of the report changed (typed and typed back, a merge that took everything): the
    // stored report is sent as it is, so at most the place is written, with no revision.
    const inSync = source.inSync();
    if (inSync && sameJson(ui, storedUi)) {
      settle(seen, Date.now());
      return false;
    }
    const report = inSync ? source.baseReport() : snapshot.report;
    const record: DraftRecord = {
      id,
      report,
      savedAt: Date.now(),
      ui,
      revision,
      ...countFindings(findings),
    };
    const result = await storage.save(record, revision, session, {
      span: spanOf(steady() - started),
    });
    if (!result.ok) {
      if (result.current.kind === 'newer') {
        paused = true;
        source.onNewer();
        return false;
      }
      return source.onConflict(result.current.kind === 'ok' ? result.current.record : undefined);
    }
    revision = result.revision;
    storedUi = ui;
    source.onSaved(state, report, revision);
    storageWorks();
    if (result.changed) storage.announce(id, revision);
    if (result.clockBehind) source.onClockBehind();
    settle(seen, record.savedAt);
    return changes !== seen;
  };

  /** The store has what this tab had when the write began: done, unless more came meanwhile. */
  const settle = (seen: number, at: number) => {
    if (changes === seen) {
      storage.forgetJournal(id);
      status.set({ kind: 'saved', at });
    } else {
      journal(source.snapshot().report); // the newer change, now on the new revision
    }
  };

  const run = async () => {
    try {
      while (waiting && !paused) {
        waiting = false;
        if (await writeOnce()) waiting = true;
      }
    } catch (error) {
      if (error instanceof OutdatedError) {
        paused = true;
        source.onNewer(); // the database now belongs to newer code
      } else status.set({ kind: 'failed', message: reason(storageFailed(error)) });
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
        // Journaled even while paused (a conflict, newer code): a reload then takes it in.
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
    span: () => spanOf(steady() - started),
  };
}
