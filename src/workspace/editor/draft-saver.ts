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
import type { DraftStorage } from '../storage/draft-storage';
import type { DraftRecord, DraftUi } from '../storage/idb/drafts-db';
import { spanOf } from '../storage/records/history';
import { sameJson } from '../storage/records/same-json';
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

/** A saver's own state, and what it was given. */
interface Saving<S> {
  readonly source: SaveSource<S>;
  readonly storage: DraftStorage;
  readonly started: number;
  /** The revision this tab has. */
  revision: number;
  /** The place as stored. */
  storedUi: DraftUi;
  /** Changes handed over so far: a write is done when none came while it ran. */
  changes: number;
  waiting: boolean;
  running: Promise<void> | undefined;
  paused: boolean;
}

function journal<S>(saving: Saving<S>, report: Report): void {
  const { source, storage } = saving;
  const seen = saving.changes;
  source.durable.set(false);
  void storage.store
    .journal({
      id: source.id,
      base: saving.revision,
      session: source.session,
      tab: storage.store.tab,
      at: Date.now(),
      report,
      baseReport: source.baseReport(),
      ui: source.ui(),
    })
    .then((committed) => {
      if (committed && saving.changes === seen) source.durable.set(true);
    });
}

/** The store has what this tab had when the write began: done, unless more came meanwhile. */
function settle<S>(saving: Saving<S>, seen: number, at: number): void {
  if (saving.changes === seen) {
    saving.storage.store.forgetJournal(saving.source.id);
    saving.source.status.set({ kind: 'saved', at });
  } else {
    journal(saving, saving.source.snapshot().report); // the newer change, now on the new revision
  }
}

/** One write over the revision this tab has; true when more changes came meanwhile. */
async function writeOnce<S>(saving: Saving<S>): Promise<boolean> {
  const { source, storage } = saving;
  const seen = saving.changes;
  const snapshot = source.snapshot();
  const ui = source.ui();
  // Nothing of the report changed (typed and typed back, a merge that took everything): the
  // stored report is sent as it is, so at most the place is written, with no revision.
  const inSync = source.inSync();
  if (inSync && sameJson(ui, saving.storedUi)) {
    settle(saving, seen, Date.now());
    return false;
  }
  const report = inSync ? source.baseReport() : snapshot.report;
  const { revision } = saving;
  const record: DraftRecord = {
    ...{ id: source.id, report, savedAt: Date.now(), ui, revision },
    ...countFindings(snapshot.findings),
  };
  const span = spanOf(steady() - saving.started);
  const result = await storage.store.save(record, revision, source.session, { span });
  if (!result.ok) {
    if (result.current.kind === 'newer') {
      saving.paused = true;
      source.onNewer();
      return false;
    }
    return source.onConflict(result.current.kind === 'ok' ? result.current.record : undefined);
  }
  saving.revision = result.revision;
  saving.storedUi = ui;
  source.onSaved(snapshot.state, report, result.revision);
  storageWorks();
  if (result.changed) storage.channel.announce(source.id, result.revision);
  if (result.clockBehind) source.onClockBehind();
  settle(saving, seen, record.savedAt);
  return saving.changes !== seen;
}

async function run<S>(saving: Saving<S>): Promise<void> {
  try {
    while (saving.waiting && !saving.paused) {
      saving.waiting = false;
      if (await writeOnce(saving)) saving.waiting = true;
    }
  } catch (error) {
    if (error instanceof OutdatedError) {
      saving.paused = true;
      saving.source.onNewer(); // the database now belongs to newer code
    } else saving.source.status.set({ kind: 'failed', message: reason(storageFailed(error)) });
  } finally {
    saving.running = undefined;
  }
}

/** Store soon: SAVE_DELAY_MS after the first of a burst of changes, one write at a time. */
function kick<S>(saving: Saving<S>, delay = SAVE_DELAY_MS): void {
  saving.waiting = true;
  if (saving.running || saving.paused) return;
  saving.running = new Promise((resolve) => {
    setTimeout(() => {
      void run(saving).then(resolve);
    }, delay);
  });
}

export function createDraftSaver<S>(
  source: SaveSource<S>,
  start: { readonly revision: number; readonly ui: DraftUi },
  storage: DraftStorage,
): DraftSaver {
  const { status } = source;
  const saving: Saving<S> = {
    ...{ source, storage, started: steady(), revision: start.revision, storedUi: start.ui },
    ...{ changes: 0, waiting: false, running: undefined, paused: false },
  };
  return {
    revision: () => saving.revision,
    setRevision: (next) => {
      saving.revision = next;
    },
    change: (report) => {
      saving.changes++;
      try {
        // Journaled even while paused (a conflict, newer code): a reload then takes it in.
        journal(saving, report);
        // Already pending in a burst of keys: the same state again would re-render the indicator.
        if (!saving.paused && status.get().kind !== 'pending') status.set({ kind: 'pending' });
      } catch (error) {
        status.set({ kind: 'failed', message: reason(storageFailed(error)) });
      }
      kick(saving);
    },
    pause: async () => {
      saving.paused = true;
      await saving.running;
    },
    resume: () => {
      saving.paused = false;
      kick(saving, 0);
    },
    span: () => spanOf(steady() - saving.started),
  };
}
