/**
 * What an open draft's editor needs of storage, in one place: read, save, journal, hear and tell
 * other tabs, learn that this page's code is outdated. The browser's implementation is below;
 * in-memory-store.ts implements it for tests (several tabs over one store).
 */
import type { DraftLookup } from './draft-lookup';
import type { DraftRecord } from './draft-record';
import { announceSaved, onSavedElsewhere, type SavedElsewhere } from './draft-channel';
import { readDraft, saveDraft } from './drafts-db';
import type { JournalEntry } from './journal';
import { TAB } from './journal';
import { forgetOwnJournal, journalChange } from './journal-db';
import { isOutdated, markOutdated, outdated } from './outdated';
import type { SaveOptions, SaveResult } from './save-plan';

export interface DraftPort {
  /** This page load (journal entries are keyed by it). */
  readonly tab: string;
  readonly read: (id: string) => Promise<DraftLookup>;
  readonly save: (
    record: DraftRecord,
    expected: number,
    session: string,
    options?: SaveOptions,
  ) => Promise<SaveResult>;
  /** Journal a change (see journal-db.ts); resolves true once it is on disk. */
  readonly journal: (entry: JournalEntry) => Promise<boolean>;
  readonly forgetJournal: (id: string) => void;
  /** Tell other tabs a new revision was saved. */
  readonly announce: (id: string, revision: number) => void;
  /** Hear other tabs' saves of draft `id`; returns the stop. */
  readonly onSaved: (id: string, listener: (saved: SavedElsewhere) => void) => () => void;
  /** This page met newer data for draft `id`: the page says to reload. */
  readonly markOutdated: (id: string) => void;
  /** Calls `listener` once this page must not save draft `id` (newer code met elsewhere). */
  readonly onOutdated: (id: string, listener: () => void) => () => void;
}

/** The browser's storage: IndexedDB, the journal and the tab channel. */
export const browserDrafts: DraftPort = {
  tab: TAB,
  read: readDraft,
  save: saveDraft,
  journal: journalChange,
  forgetJournal: forgetOwnJournal,
  announce: announceSaved,
  onSaved: onSavedElsewhere,
  markOutdated,
  onOutdated: (id, listener) => {
    const check = () => {
      if (isOutdated(id)) listener();
    };
    check();
    return outdated.subscribe(check);
  },
};
