/**
 * Storage as a port the editor's engine is given (in the spirit of tldraw's TLLocalSyncClient,
 * whose db and channel are parameters): what the engine needs of the store — read, save over a
 * revision, journal, versions — and of the other tabs — announce a save, hear theirs, learn that
 * newer code took over. browser-storage.ts implements it with IndexedDB, localStorage and a
 * BroadcastChannel; in-memory-store.ts implements it in memory (tests, several tabs over one store).
 */
import type { DraftLookup } from './records/draft-lookup';
import type { DraftRecord } from './records/draft-record';
import type { SavedElsewhere } from './draft-channel';
import type { DraftVersion } from './records/history';
import type { JournalEntry } from './journal/journal';
import type { SaveOptions, SaveResult } from './records/save-plan';

/** Where drafts are kept. */
export interface DraftStore {
  /** This page load (journal entries are keyed by it). */
  readonly tab: string;
  readonly read: (id: string) => Promise<DraftLookup>;
  /** Save over revision `expected`: refused, with what is stored, when that is not the stored one. */
  readonly save: (
    record: DraftRecord,
    expected: number,
    session: string,
    options?: SaveOptions,
  ) => Promise<SaveResult>;
  /** Store a new draft (a copy), or one outright. */
  readonly put: (record: DraftRecord) => Promise<void>;
  /** Journal a change (see journal-db.ts); resolves true once it is on disk. */
  readonly journal: (entry: JournalEntry) => Promise<boolean>;
  readonly forgetJournal: (id: string) => void;
  /** A draft's earlier versions, newest first. */
  readonly versions: (id: string) => Promise<DraftVersion[]>;
}

/** What the tabs of this browser say to each other about a draft. */
export interface TabChannel {
  /** Tell other tabs a new revision was saved. */
  readonly announce: (id: string, revision: number) => void;
  /** Hear other tabs' saves of draft `id`; returns the stop. */
  readonly onSaved: (id: string, listener: (saved: SavedElsewhere) => void) => () => void;
  /** This page met newer data for draft `id`: the page says to reload. */
  readonly markOutdated: (id: string) => void;
  /** Calls `listener` once this page must not save draft `id` (newer code met elsewhere). */
  readonly onOutdated: (id: string, listener: () => void) => () => void;
}

/** The store and the channel an engine is given. */
export interface DraftStorage {
  readonly store: DraftStore;
  readonly channel: TabChannel;
}
