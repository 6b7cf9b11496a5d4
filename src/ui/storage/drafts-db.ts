/**
 * Drafts in the browser's IndexedDB: nothing leaves the machine. One record per draft, saved only
 * over the revision the saving tab has; earlier versions in `history`; a small `state` store
 * remembers which draft was open. Every read validates: a damaged record is reported, never
 * thrown at the page. Unsaved changes a tab journaled synchronously (journal.ts) are taken in on
 * the next read.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { draftRecord, validateRecord, type DamagedDraft, type DraftRecord } from './draft-record';
import { VERSION_SPAN_MS, versionsToPrune, type DraftVersion } from './history';
import {
  clearJournals,
  clearOwnJournal,
  journalKey,
  journalsOf,
  liveTabs,
  ownUnsaved,
  ownUnsavedAll,
  TAB,
  writeJournal,
  type JournalEntry,
} from './journal';
import { forgetInMemory, memoryDraft, memoryDrafts } from './memory-drafts';
import { isDraftOpen } from './open-drafts';
import { storageFailed } from './storage-health';

export {
  copyRecord,
  draftName,
  draftRecord,
  newDraftId,
  type DraftRecord,
  type DraftUi,
} from './draft-record';
export type { DamagedDraft } from './draft-record';

interface Schema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  state: { key: string; value: string };
  history: { key: number; value: DraftVersion; indexes: { draftId: string } };
  /** The journal's copy in IndexedDB: a single put per change, the quickest write that commits. */
  journal: { key: string; value: JournalEntry; indexes: { id: string } };
}

type Db = IDBPDatabase<Schema>;

let db: Promise<Db> | undefined;

/** Opening that neither succeeds nor fails (storage blocked in some browsers) is given up. */
const OPEN_TIMEOUT_MS = 5000;

function openDatabase(): Promise<Db> {
  return openDB<Schema>('gongkai-report', 2, {
    upgrade(upgrade, oldVersion) {
      if (oldVersion < 1) {
        upgrade.createObjectStore('drafts', { keyPath: 'id' });
        upgrade.createObjectStore('state');
      }
      if (oldVersion < 2) {
        const history = upgrade.createObjectStore('history', {
          keyPath: 'key',
          autoIncrement: true,
        });
        history.createIndex('draftId', 'draftId');
        upgrade.createObjectStore('journal').createIndex('id', 'id');
      }
    },
  });
}

function database(): Promise<Db> {
  // async: a synchronous throw of indexedDB.open (storage blocked) becomes a rejection here.
  db ??= Promise.race([
    (async () => openDatabase())(),
    new Promise<never>((_, reject) => {
      setTimeout(() => {
        reject(new DOMException('IndexedDB did not open', 'InvalidStateError'));
      }, OPEN_TIMEOUT_MS);
    }),
  ]).catch((error: unknown) => {
    db = undefined;
    throw storageFailed(error);
  });
  return db;
}

/** Run a storage call; a failure is reported to the page's storage banner and rethrown. */
async function guarded<T>(call: (db: Db) => Promise<T>): Promise<T> {
  const store = await database();
  try {
    return await call(store);
  } catch (error) {
    throw storageFailed(error);
  }
}

export type DraftLookup =
  | { readonly kind: 'ok'; readonly record: DraftRecord; readonly unsaved?: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'damaged'; readonly damaged: DamagedDraft };

/** Every draft, valid ones and damaged ones apart. */
export async function listDrafts(): Promise<{ drafts: DraftRecord[]; damaged: DamagedDraft[] }> {
  const keys = await guarded((store) => store.getAllKeys('drafts'));
  const drafts: DraftRecord[] = [];
  const damaged: DamagedDraft[] = [];
  for (const key of keys) {
    const found = await getDraft(key);
    if (found.kind === 'ok') drafts.push(found.record);
    else if (found.kind === 'damaged') damaged.push(found.damaged);
  }
  drafts.push(...memoryDrafts().filter((d) => !keys.includes(d.id)));
  return { drafts, damaged };
}

/** One draft as stored. */
export async function readDraft(id: string): Promise<DraftLookup> {
  const raw: unknown = await guarded((store) => store.get('drafts', id));
  if (raw === undefined) return { kind: 'missing' };
  const checked = validateRecord(raw, id);
  return checked.ok
    ? { kind: 'ok', record: checked.record }
    : { kind: 'damaged', damaged: checked.damaged };
}

const opening = new Map<string, Promise<DraftLookup>>();

/**
 * One draft, with the unsaved changes other page loads journaled for it taken in first. Calls at
 * the same time share one reading, so a journal is taken in once.
 */
export function getDraft(id: string): Promise<DraftLookup> {
  const known = opening.get(id);
  if (known) return known;
  const reading = (async (): Promise<DraftLookup> => {
    const inMemory = memoryDraft(id);
    if (inMemory) return { kind: 'ok', record: inMemory, unsaved: true };
    const checked = await readDraft(id);
    if (checked.kind !== 'ok') return checked;
    const journals = await allJournalsOf(id);
    if (journals.length === 0) return checked;
    const unsaved = await takeJournals(checked.record, journals);
    const stored = await readDraft(id);
    if (!unsaved || stored.kind !== 'ok') return stored;
    // Storage still refuses: open this tab's unsaved work from memory; the editor saves it.
    return {
      kind: 'ok',
      record: { ...stored.record, report: unsaved.report, ui: unsaved.ui },
      unsaved: true,
    };
  })().finally(() => {
    opening.delete(id);
  });
  opening.set(id, reading);
  return reading;
}

/**
 * Unsaved changes of earlier page loads: one built on the stored revision becomes the next
 * revision; one built on an older revision (another tab saved since) is kept as a copy, so
 * nothing is lost and nothing is overwritten.
 */
async function takeJournals(
  record: DraftRecord,
  journals: JournalEntry[],
): Promise<JournalEntry | undefined> {
  const own = journals.find((entry) => entry.tab === TAB);
  if (own) {
    // This tab's own work from memory (storage refused it): save it now, or hand it back.
    try {
      const next = { ...draftRecord(own.report, record.id, own.ui), savedAt: own.at };
      const saved = await saveDraft(next, record.revision, own.session);
      if (!saved.ok) return own;
      clearOwnJournal(record.id);
      return undefined;
    } catch {
      return own;
    }
  }
  let current = record;
  for (const entry of journals.sort((a, b) => a.at - b.at)) {
    const same = JSON.stringify(entry.report) === JSON.stringify(current.report);
    if (same) continue;
    // Built on the stored revision, or on one its own session saved since (the page was left
    // while that save was under way): this session's latest state.
    if (entry.base === current.revision || current.writer === entry.session) {
      const next = { ...draftRecord(entry.report, record.id, entry.ui), savedAt: entry.at };
      const saved = await saveDraft(next, current.revision, entry.session);
      if (saved.ok) current = { ...next, revision: saved.revision, writer: entry.session };
    } else {
      const { meta } = entry.report;
      await putDraft(
        draftRecord({ ...entry.report, meta: { ...meta, org: `${meta.org}（未保存的修改）` } }),
      );
    }
  }
  await dropJournals(record.id, journals);
  return undefined;
}

/** Store a new draft (or replace one outright: a restored copy, a new format). */
export async function putDraft(record: DraftRecord): Promise<void> {
  await guarded((store) => store.put('drafts', record));
}

export type SaveResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly current: DraftRecord | undefined };

/**
 * Save a draft over revision `expected`; when the stored draft has another revision (another tab
 * saved it, or deleted it) nothing is written and the stored one is returned. Keeps the version
 * history in the same transaction.
 */
export async function saveDraft(
  record: DraftRecord,
  expected: number,
  session: string,
  note?: string,
): Promise<SaveResult> {
  return guarded(async (store) => {
    const tx = store.transaction(['drafts', 'history'], 'readwrite');
    const stored = await tx.objectStore('drafts').get(record.id);
    // A draft never stored (kept in memory while storage refused) is stored at revision 0.
    if (stored ? stored.revision !== expected : expected !== 0) {
      await tx.done;
      return { ok: false, current: stored };
    }
    const revision = expected + 1;
    await tx.objectStore('drafts').put({ ...record, revision, writer: session });
    await keepVersion(tx, {
      draftId: record.id,
      savedAt: record.savedAt,
      report: record.report,
      session,
      ...(note ? { note } : {}),
    });
    await tx.done;
    forgetInMemory(record.id);
    void storeWhatWaited();
    return { ok: true, revision };
  });
}

type HistoryTx = IDBPTransaction<Schema, ('drafts' | 'history')[], 'readwrite'>;

/** One version per minute of a session's saves (the latest state of it); then prune. */
async function keepVersion(tx: HistoryTx, version: DraftVersion): Promise<void> {
  const history = tx.objectStore('history');
  const versions = await history.index('draftId').getAll(version.draftId);
  const newest = versions.reduce<DraftVersion | undefined>(
    (a, b) => (a && a.savedAt > b.savedAt ? a : b),
    undefined,
  );
  const extend =
    newest !== undefined &&
    version.note === undefined &&
    newest.note === undefined &&
    newest.session === version.session &&
    version.savedAt - newest.savedAt < VERSION_SPAN_MS;
  if (extend) {
    await history.put({ ...version, key: newest.key, savedAt: version.savedAt });
    return;
  }
  await history.add(version);
  for (const old of versionsToPrune([...versions, version], version.savedAt)) {
    if (old.key !== undefined) await history.delete(old.key);
  }
}

/** A draft's earlier versions, newest first. */
export async function listVersions(draftId: string): Promise<DraftVersion[]> {
  const versions = await guarded((store) => store.getAllFromIndex('history', 'draftId', draftId));
  return versions.sort((a, b) => b.savedAt - a.savedAt);
}

export async function deleteDraft(id: string): Promise<void> {
  if (forgetInMemory(id)) {
    clearOwnJournal(id);
    return; // it never reached storage
  }
  await guarded(async (store) => {
    const tx = store.transaction(['drafts', 'history', 'state'], 'readwrite');
    await tx.objectStore('drafts').delete(id);
    for (const key of await tx.objectStore('history').index('draftId').getAllKeys(id)) {
      await tx.objectStore('history').delete(key);
    }
    if ((await tx.objectStore('state').get('lastOpen')) === id) {
      await tx.objectStore('state').delete('lastOpen');
    }
    await tx.done;
  });
  await dropJournals(id);
}

/** The draft that was open when the page was left, if any. */
export async function getLastOpen(): Promise<string | undefined> {
  return guarded((store) => store.get('state', 'lastOpen'));
}

export async function setLastOpen(id: string | undefined): Promise<void> {
  await guarded(async (store) => {
    if (id) await store.put('state', id, 'lastOpen');
    else await store.delete('state', 'lastOpen');
  });
}

/**
 * Journal a change: synchronously to localStorage (survives a reload or closed tab at once; throws
 * when full) and with one IndexedDB put issued in the same task (commits within milliseconds, and
 * survives the browser being killed, which localStorage's delayed commit may not). Resolves true
 * once the IndexedDB copy has committed.
 */
export function journalChange(entry: JournalEntry): Promise<boolean> {
  writeJournal(entry);
  return database()
    .then((store) => store.put('journal', entry, journalKey(entry.id, TAB)))
    .then(
      () => true,
      () => false, // the localStorage copy stands; a full disk shows on the next save
    );
}

/** This tab's journal for a draft is stored: remove both copies. */
export function forgetOwnJournal(id: string): void {
  clearOwnJournal(id);
  void database()
    .then((store) => store.delete('journal', journalKey(id, TAB)))
    .catch(() => undefined);
}

/** Other page loads' journal entries for a draft, from both copies (the newer of each). */
async function allJournalsOf(id: string): Promise<JournalEntry[]> {
  const byKey = new Map<string, JournalEntry>();
  const stored = await guarded(async (store) => {
    const keys = await store.getAllKeysFromIndex('journal', 'id', id);
    return Promise.all(keys.map(async (key) => [key, await store.get('journal', key)] as const));
  });
  for (const [key, entry] of stored) {
    if (entry && key !== journalKey(id, TAB)) byKey.set(key, entry);
  }
  for (const [key, entry] of journalsOf(id)) {
    const known = byKey.get(key);
    if (!known || known.at < entry.at) byKey.set(key, entry);
  }
  // A tab still open saves its own changes (or is told of a conflict there).
  const live = await liveTabs();
  const others = [...byKey.values()].filter((entry) => !live.has(entry.tab));
  const own = isDraftOpen(id) ? undefined : ownUnsaved(id);
  return own ? [own] : others;
}

/** Remove the entries taken in (or, without `entries`, every entry of a deleted draft). */
async function dropJournals(id: string, entries?: readonly JournalEntry[]): Promise<void> {
  const chosen = entries ? new Set(entries.map((e) => journalKey(e.id, e.tab))) : undefined;
  clearJournals(id, chosen);
  await guarded(async (store) => {
    for (const key of await store.getAllKeysFromIndex('journal', 'id', id)) {
      if (!chosen || chosen.has(key)) await store.delete('journal', key);
    }
  });
}

let storing = false;

/**
 * Storage works again (a save went through): store the work that waited in memory, the drafts
 * kept only in memory and this tab's unsaved changes of drafts whose editor is closed.
 */
async function storeWhatWaited(): Promise<void> {
  if (storing) return;
  storing = true;
  try {
    for (const record of memoryDrafts()) {
      if (isDraftOpen(record.id)) continue; // its editor saves it
      await putDraft(record);
      forgetInMemory(record.id);
      clearOwnJournal(record.id);
    }
    for (const entry of ownUnsavedAll()) {
      if (!isDraftOpen(entry.id)) await getDraft(entry.id);
    }
  } catch {
    // still refused: the banner stays, and the next save tries again
  } finally {
    storing = false;
  }
}
