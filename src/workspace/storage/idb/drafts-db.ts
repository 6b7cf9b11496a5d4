/**
 * Drafts in the browser's IndexedDB: nothing leaves the machine. One record per draft, saved only
 * over the revision the saving tab has, never over a damaged record or one of newer code, and not
 * at all when nothing changed; earlier versions in `history`, ordered by revision; a summary per
 * draft for the list (drafts-index.ts). Every read validates: a damaged record is reported, never
 * thrown at the page. Unsaved changes journaled by pages that are gone are taken in on opening.
 */
import type { IDBPTransaction } from 'idb';
import { announceSaved } from '../draft-channel';
import { lookupOf, type DraftLookup } from '../records/draft-lookup';
import { countsNow, type DamagedDraft, type DraftRecord } from '../records/draft-record';
import { database, guarded, type Schema } from './database';
import {
  checkSummary,
  indexKey,
  INDEX_RANGE,
  storedSummary,
  profileFor,
  summaryOf,
  type DraftSummary,
} from '../records/drafts-index';
import { newestFirst, planPin, planVersion, type DraftVersion } from '../records/history';
import { TAB, type JournalEntry } from '../journal/journal';
import {
  deleteJournalEntry,
  dropJournals,
  forgetOwnJournal,
  journalsOf,
  journalState,
} from '../journal/journal-db';
import { takeOver } from '../journal/journal-take-over';
import { forgetInMemory, memoryDraft, memoryDrafts, ownUnsavedAll } from '../page-memory';
import { isDraftOpen } from '../open-drafts';
import { planSave, type SaveOptions, type SaveResult } from '../records/save-plan';
import { checkVersion } from '../records/history-record';
import { stamped } from '../versions/store-versions';

export {
  copyRecord,
  draftName,
  draftRecord,
  newDraftId,
  type DraftRecord,
  type DraftUi,
  type DamagedDraft,
  type NewerDraft,
} from '../records/draft-record';
export type { DraftLookup } from '../records/draft-lookup';
export { summaryName, type DraftSummary } from '../records/drafts-index';
export type { SaveOptions, SaveResult } from '../records/save-plan';
export { journalChange, forgetOwnJournal } from '../journal/journal-db';

export interface DraftList {
  readonly drafts: DraftSummary[];
  /** Stored values that are not valid drafts, and damaged unsaved changes. */
  readonly damaged: DamagedDraft[];
  /** Drafts newer code saved: opened after a reload. */
  readonly newer: string[];
}

/**
 * The drafts for the list, from the index: a draft is read only when its summary is missing or
 * stale (and then indexed), or when a page that is gone left unsaved changes for it.
 */
export async function listDrafts(): Promise<DraftList> {
  const { keys, summaries } = await guarded(async (store) => {
    const tx = store.transaction(['drafts', 'state']);
    const range = IDBKeyRange.bound(...INDEX_RANGE);
    const [keys, indexKeys, values] = await Promise.all([
      tx.objectStore('drafts').getAllKeys(),
      tx.objectStore('state').getAllKeys(range),
      tx.objectStore('state').getAll(range),
    ]);
    const summaries = new Map(indexKeys.map((key, i) => [key.slice(6), values[i]]));
    return { keys, summaries };
  });
  const journals = await journalState().catch(() => ({ damaged: [], left: new Set<string>() }));
  const list: DraftList = { drafts: [], damaged: [...journals.damaged], newer: [] };
  const stale: DraftSummary[] = [];
  for (const id of keys) {
    const summary = journals.left.has(id) ? undefined : checkSummary(summaries.get(id));
    if (summary === 'newer') list.newer.push(id);
    else if (summary && summary.id === id && summary.checkedWith === profileFor(summary.year))
      list.drafts.push(summary);
    else {
      const found = await getDraft(id).catch(() => readDraft(id));
      if (found.kind === 'ok') {
        // Counted again as the editor counts now: a profile loaded or removed since the save.
        const record = { ...found.record, ...countsNow(found.record.report) };
        list.drafts.push(summaryOf(record));
        if (!found.unsaved) stale.push(summaryOf(record));
      } else if (found.kind === 'damaged') list.damaged.push(found.damaged);
      else if (found.kind === 'newer') list.newer.push(id);
    }
  }
  const known = new Set(keys);
  list.drafts.push(
    ...memoryDrafts()
      .filter((d) => !known.has(d.id))
      .map(summaryOf),
  );
  const gone = [...summaries.keys()].filter((id) => !known.has(id));
  if (stale.length > 0 || gone.length > 0) void reindex(stale, gone).catch(() => undefined);
  return list;
}

/** Write summaries built again, and drop those of drafts deleted by older pages. */
async function reindex(summaries: readonly DraftSummary[], gone: readonly string[]): Promise<void> {
  await guarded(async (store) => {
    const tx = store.transaction('state', 'readwrite');
    for (const summary of summaries)
      void tx.store.put(storedSummary(summary), indexKey(summary.id));
    for (const id of gone) void tx.store.delete(indexKey(id));
    await tx.done;
  });
}

/** One draft as stored. */
export async function readDraft(id: string): Promise<DraftLookup> {
  const inMemory = memoryDraft(id);
  if (inMemory) return { kind: 'ok', record: inMemory, unsaved: true };
  return lookupOf(await guarded((store) => store.get('drafts', id)), id);
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
    const checked = await readDraft(id);
    if (checked.kind !== 'ok' || checked.unsaved) return checked;
    const journals = await journalsOf(id);
    // Newer code left changes here: take nothing in, save nothing, say to reload.
    if (journals.newer) return { ...checked, outdated: true };
    if (journals.entries.length === 0) return checked;
    const unsaved = await takeJournals(checked.record, journals.entries);
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

/** Take in the journals of earlier page loads (journal-take-over.ts), in this browser's storage. */
const takeJournals = (record: DraftRecord, journals: JournalEntry[]) =>
  takeOver(record, journals, {
    tab: TAB,
    save: saveDraft,
    put: putDraft,
    announce: announceSaved,
    forgetOwn: forgetOwnJournal,
    drop: dropJournals,
  });

/** Store a new draft (or replace one outright: a copy, a draft made in memory), indexed. */
export async function putDraft(record: DraftRecord): Promise<void> {
  await guarded(async (store) => {
    const tx = store.transaction(['drafts', 'state'], 'readwrite');
    void tx.objectStore('drafts').put(stamped(record));
    void tx.objectStore('state').put(storedSummary(summaryOf(record)), indexKey(record.id));
    await tx.done;
  });
}

type SaveTx = IDBPTransaction<Schema, ('drafts' | 'history' | 'state')[], 'readwrite'>;

/**
 * Save a draft over revision `expected` (save-plan.ts): when the stored draft has another
 * revision (another tab saved it, or deleted it), is damaged or of newer code, nothing is written
 * and what is stored is returned. Keeps the version history and the index in the same transaction.
 */
export async function saveDraft(
  record: DraftRecord,
  expected: number,
  session: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const result = await guarded(async (store) => {
    const tx = store.transaction(['drafts', 'history', 'state'], 'readwrite');
    const stored = lookupOf(await tx.objectStore('drafts').get(record.id), record.id);
    const plan = planSave(stored, record, expected, session, options, Date.now());
    let outcome: SaveResult;
    if (plan.kind === 'refuse') outcome = { ok: false, current: plan.current };
    else if (plan.kind === 'none') outcome = unchanged(plan.revision);
    else if (plan.kind === 'place') {
      await tx.objectStore('drafts').put(stamped(plan.record));
      outcome = unchanged(plan.revision);
    } else if (plan.kind === 'pin') {
      await pinVersion(tx, plan.version);
      outcome = unchanged(plan.revision);
    } else {
      await tx.objectStore('drafts').put(stamped(plan.record));
      await tx.objectStore('state').put(storedSummary(summaryOf(plan.record)), indexKey(record.id));
      if (plan.before) await pinVersion(tx, plan.before);
      await keepVersion(tx, plan.version);
      outcome = {
        ok: true,
        revision: plan.record.revision,
        changed: true,
        clockBehind: plan.clockBehind,
      };
    }
    await tx.done;
    return outcome;
  });
  if (result.ok) {
    forgetInMemory(record.id);
    void storeWhatWaited();
  }
  return result;
}

const unchanged = (revision: number): SaveResult => ({
  ok: true,
  revision,
  changed: false,
  clockBehind: false,
});

/** The versions of a draft, as stored (migrated; those that cannot be read are left out). */
async function storedVersions(tx: SaveTx, draftId: string): Promise<DraftVersion[]> {
  const raw = await tx.objectStore('history').index('draftId').getAll(draftId);
  return raw.flatMap((value) => checkVersion(value) ?? []);
}

/** Add the save's version, or extend the newest (history.ts); then prune. */
async function keepVersion(tx: SaveTx, version: DraftVersion): Promise<void> {
  const history = tx.objectStore('history');
  const versions = await storedVersions(tx, version.draftId);
  const plan = planVersion(versions, version, Date.now());
  if (plan.kind === 'extend') {
    await history.put(stamped({ ...version, key: plan.key }));
    return;
  }
  await history.add(stamped(version));
  for (const key of plan.prune) await history.delete(key);
}

/** Keep the state a restore replaces, pinned (history.ts planPin). */
async function pinVersion(tx: SaveTx, version: DraftVersion): Promise<void> {
  const plan = planPin(await storedVersions(tx, version.draftId), version);
  if (plan.kind === 'update') await tx.objectStore('history').put(stamped(plan.version));
  else await tx.objectStore('history').add(stamped(version));
}

/** A draft's earlier versions, newest (highest revision) first, each checked on its own. */
export async function listVersions(draftId: string): Promise<DraftVersion[]> {
  const raw = await guarded((store) => store.getAllFromIndex('history', 'draftId', draftId));
  return newestFirst(raw.flatMap((value) => checkVersion(value, true) ?? []));
}

export async function deleteDraft(id: string): Promise<void> {
  if (forgetInMemory(id)) {
    forgetOwnJournal(id);
    return; // it never reached storage
  }
  await guarded(async (store) => {
    const tx = store.transaction(['drafts', 'history', 'state'], 'readwrite');
    const history = tx.objectStore('history');
    const [keys] = await Promise.all([
      history.index('draftId').getAllKeys(id),
      tx.objectStore('drafts').delete(id),
      tx.objectStore('state').delete(indexKey(id)),
    ]);
    for (const key of keys) void history.delete(key);
    if ((await tx.objectStore('state').get('lastOpen')) === id) {
      await tx.objectStore('state').delete('lastOpen');
    }
    await tx.done;
  });
  await dropJournals(id);
}

/** Delete a damaged record or damaged unsaved changes. */
export async function deleteDamaged(damaged: DamagedDraft): Promise<void> {
  if (damaged.journal !== undefined) await deleteJournalEntry(damaged.journal);
  else await deleteDraft(damaged.id);
}

/** The draft that was open when the page was left, if any. */
export async function getLastOpen(): Promise<string | undefined> {
  const id = await guarded((store) => store.get('state', 'lastOpen'));
  return typeof id === 'string' ? id : undefined;
}

export async function setLastOpen(id: string | undefined): Promise<void> {
  await guarded(async (store) => {
    if (id) await store.put('state', id, 'lastOpen');
    else await store.delete('state', 'lastOpen');
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
      forgetOwnJournal(record.id);
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

/** Opened once early, so the first save does not wait for it. */
export function openStorage(): void {
  void database().catch(() => undefined);
}
