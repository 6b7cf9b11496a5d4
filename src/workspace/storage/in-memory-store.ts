/**
 * The drafts store in memory, for tests and for the "storage refused" mode: several tabs (each a store and a channel of the storage
 * port, draft-storage.ts, each with the code versions it runs) over one store, with the same
 * decisions as IndexedDB's (save-plan.ts, history.ts), a journal per tab and a channel between
 * tabs. It counts what is written and said, so a test can show that nothing is (in the spirit of
 * tldraw's TLLocalSyncClient tests), and it can refuse every write as a full disk does. The page
 * keeps what the browser's storage refused in one of these too (page-memory.ts).
 */
import { lookupOf } from './records/draft-lookup';
import type { DraftStorage, DraftStore, TabChannel } from './draft-storage';
import type { DraftRecord } from './records/draft-record';
import type { SavedElsewhere } from './draft-channel';
import { newestFirst, planPin, planVersion, type DraftVersion } from './records/history';
import type { JournalEntry } from './journal/journal';
import { planSave } from './records/save-plan';
import { CURRENT_SCHEMA, isNewer, stamped, type StoreSchema } from './versions/store-versions';

interface Listener {
  readonly tab: string;
  readonly id: string;
  readonly code: StoreSchema['code'];
  readonly listener: (saved: SavedElsewhere) => void;
}

export interface InMemoryStore {
  /** A tab over this store, running code of `schema`. */
  readonly tab: (
    name: string,
    schema?: StoreSchema,
  ) => DraftStorage & { readonly markedOutdated: () => boolean };
  /** Store a draft as a new record (putDraft). */
  readonly put: (record: DraftRecord, schema?: StoreSchema) => void;
  /** The stored value of a draft, as stored. */
  readonly raw: (id: string) => unknown;
  /** The ids of the drafts stored, in the order they were first stored. */
  readonly ids: () => string[];
  /** Remove a draft and its versions; true when it was there. */
  readonly remove: (id: string) => boolean;
  /** A draft's versions, newest first. */
  readonly versions: (id: string) => DraftVersion[];
  /** Each tab's journal entry for a draft. */
  readonly journal: (id: string, tab: string) => JournalEntry | undefined;
  /** A tab's journal entries, every draft. */
  readonly journals: (tab: string) => JournalEntry[];
  /** Remove journal entries (taken over by another page load). */
  readonly dropJournals: (entries: readonly JournalEntry[]) => void;
  /** Writes of drafts and versions, and messages between tabs, so far. */
  readonly counts: () => { readonly writes: number; readonly messages: number };
  /** From now on every write throws as the browser's does when the disk is full (or works again). */
  readonly refuse: (refused: boolean) => void;
}

/** The error a browser throws when its storage is full. */
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** What the tabs share: the stored values, the journals, who listens, what was done. */
interface Shared {
  readonly now: () => number;
  /** How a value is copied in and out (structuredClone: as a browser's store copies it). */
  readonly copy: <T>(value: T) => T;
  readonly drafts: Map<string, unknown>;
  history: (DraftVersion & { key: number })[];
  readonly journals: Map<string, JournalEntry>;
  readonly listeners: Set<Listener>;
  readonly outdated: Set<string>;
  nextKey: number;
  writes: number;
  messages: number;
  refused: boolean;
}

const versionsOf = (shared: Shared, id: string) => shared.history.filter((v) => v.draftId === id);

/** A write: refused as a full disk refuses it (the error), or counted. */
function write(shared: Shared): DOMException | undefined {
  if (shared.refused) return quotaExceeded();
  shared.writes++;
  return undefined;
}

/** Keep a save's version: extend the newest or add one, pruning (history.ts planVersion). */
function keep(shared: Shared, version: DraftVersion): void {
  const { history } = shared;
  const plan = planVersion(versionsOf(shared, version.draftId), version, shared.now());
  if (plan.kind === 'extend') {
    const at = history.findIndex((v) => v.key === plan.key);
    history[at] = { ...shared.copy(version), key: plan.key };
    return;
  }
  history.push({ ...shared.copy(version), key: shared.nextKey++ });
  for (const key of plan.prune)
    history.splice(
      history.findIndex((v) => v.key === key),
      1,
    );
}

/** Pin the version a replacement kept (history.ts planPin). */
function pin(shared: Shared, version: DraftVersion): void {
  const plan = planPin(versionsOf(shared, version.draftId), version);
  if (plan.kind === 'add') shared.history.push({ ...shared.copy(version), key: shared.nextKey++ });
  else
    shared.history[shared.history.findIndex((v) => v.key === plan.version.key)] = {
      ...plan.version,
      key: plan.version.key ?? 0,
    };
}

/** Save over a revision with IndexedDB's decisions (save-plan.ts). */
function save(shared: Shared, schema: StoreSchema): DraftStore['save'] {
  return (record, expected, session, options = {}) => {
    const stored = lookupOf(shared.copy(shared.drafts.get(record.id)), record.id, schema);
    const plan = planSave(stored, shared.copy(record), expected, session, options, shared.now());
    if (plan.kind === 'refuse')
      return Promise.resolve({ ok: false as const, current: plan.current });
    const done = (revision: number, changed: boolean, clockBehind = false) =>
      Promise.resolve({ ok: true as const, revision, changed, clockBehind });
    if (plan.kind === 'none') return done(plan.revision, false);
    const refused = write(shared);
    if (refused) return Promise.reject(refused);
    if (plan.kind === 'pin') {
      pin(shared, plan.version);
      return done(plan.revision, false);
    }
    shared.drafts.set(record.id, stamped(shared.copy(plan.record), schema.code));
    if (plan.kind === 'place') return done(plan.revision, false);
    if (plan.before) pin(shared, plan.before);
    keep(shared, plan.version);
    return done(plan.record.revision, true, plan.clockBehind);
  };
}

function storeOf(shared: Shared, name: string, schema: StoreSchema): DraftStore {
  return {
    tab: name,
    read: (id) => Promise.resolve(lookupOf(shared.copy(shared.drafts.get(id)), id, schema)),
    save: save(shared, schema),
    put: (record) => {
      const refused = write(shared);
      if (refused) return Promise.reject(refused);
      shared.drafts.set(record.id, stamped(shared.copy(record), schema.code));
      return Promise.resolve();
    },
    // Synchronous, as the browser's localStorage write: a full disk throws at once.
    journal: (entry) => {
      if (shared.refused) throw quotaExceeded();
      shared.journals.set(`${entry.id}:${name}`, stamped(shared.copy(entry), schema.code));
      return Promise.resolve(true);
    },
    forgetJournal: (id) => {
      shared.journals.delete(`${id}:${name}`);
    },
    versions: (id) =>
      Promise.resolve(newestFirst(versionsOf(shared, id)).map((version) => shared.copy(version))),
  };
}

function channelOf(shared: Shared, name: string, schema: StoreSchema): TabChannel {
  return {
    announce: (id, revision) => {
      shared.messages++;
      for (const other of shared.listeners) {
        if (other.tab === name || other.id !== id) continue;
        const newer = isNewer(schema.code, other.code);
        setTimeout(() => {
          other.listener({ revision, newer });
        }, 0);
      }
    },
    onSaved: (id, listener) => {
      const entry = { tab: name, id, code: schema.code, listener };
      shared.listeners.add(entry);
      return () => {
        shared.listeners.delete(entry);
      };
    },
    markOutdated: () => {
      shared.outdated.add(name);
    },
    onOutdated: () => () => undefined,
  };
}

export interface InMemoryOptions {
  /**
   * How values are copied in and out; by default structuredClone, as a browser's store copies
   * them. The page's own memory (page-memory.ts) keeps the values it is given, which are never
   * changed after, so a change costs no copy while the clerk types.
   */
  readonly copy?: <T>(value: T) => T;
}

export function createInMemoryStore(
  now: () => number = Date.now,
  options: InMemoryOptions = {},
): InMemoryStore {
  const shared: Shared = {
    now,
    copy: options.copy ?? ((value) => structuredClone(value)),
    drafts: new Map(),
    history: [],
    journals: new Map(),
    listeners: new Set(),
    outdated: new Set(),
    nextKey: 1,
    writes: 0,
    messages: 0,
    refused: false,
  };
  return {
    tab: (name, schema = CURRENT_SCHEMA) => ({
      store: storeOf(shared, name, schema),
      channel: channelOf(shared, name, schema),
      markedOutdated: () => shared.outdated.has(name),
    }),
    put: (record, schema = CURRENT_SCHEMA) => {
      shared.drafts.set(record.id, stamped(shared.copy(record), schema.code));
    },
    raw: (id) => shared.copy(shared.drafts.get(id)),
    ids: () => [...shared.drafts.keys()],
    remove: (id) => {
      shared.history = shared.history.filter((v) => v.draftId !== id);
      return shared.drafts.delete(id);
    },
    versions: (id) => newestFirst(versionsOf(shared, id)),
    journal: (id, name) => shared.journals.get(`${id}:${name}`),
    journals: (name) =>
      [...shared.journals].flatMap(([key, entry]) => (key.endsWith(`:${name}`) ? [entry] : [])),
    dropJournals: (entries) => {
      for (const entry of entries) shared.journals.delete(`${entry.id}:${entry.tab}`);
    },
    counts: () => ({ writes: shared.writes, messages: shared.messages }),
    refuse: (refused) => {
      shared.refused = refused;
    },
  };
}

/** One tab over a store in memory that holds `record`: a draft opened with storage that works. */
export function storageWith(record: DraftRecord): DraftStorage {
  const store = createInMemoryStore();
  store.put(record);
  return store.tab('test');
}
