/**
 * The journal's two copies (localStorage, written synchronously; IndexedDB, one put that commits
 * within milliseconds) read together and checked entry by entry: the entries other page loads
 * left for a draft, the damaged ones apart, and whether newer code left any.
 */
import type { DamagedDraft } from '../records/draft-record';
import { database, guarded } from '../idb/database';
import {
  checkEntry,
  clearJournals,
  clearOwnJournal,
  journalKey,
  liveTabs,
  removeJournal,
  storedEntry,
  storedJournals,
  TAB,
  writeJournal,
  type JournalEntry,
} from './journal';
import { isDraftOpen } from '../open-drafts';
import { forgetOwnChange, keepOwnChange, ownUnsaved } from '../page-memory';

/**
 * Journal a change: synchronously to localStorage (survives a reload or closed tab at once; throws
 * when full) and with one IndexedDB put issued in the same task (commits within milliseconds, and
 * survives the browser being killed, which localStorage's delayed commit may not). Resolves true
 * once the IndexedDB copy has committed.
 */
export function journalChange(entry: JournalEntry): Promise<boolean> {
  keepOwnChange(entry); // kept in this page's memory even when both copies below are refused
  writeJournal(entry);
  return database()
    .then((store) => store.put('journal', storedEntry(entry), journalKey(entry.id, TAB)))
    .then(
      () => true,
      () => false, // the localStorage copy stands; a full disk shows on the next save
    );
}

/** This tab's journal for a draft is stored: remove both copies. */
export function forgetOwnJournal(id: string): void {
  forgetOwnChange(id);
  clearOwnJournal(id);
  void database()
    .then((store) => store.delete('journal', journalKey(id, TAB)))
    .catch(() => undefined);
}

export interface Journals {
  /** Valid entries of page loads that are gone (or this tab's own, kept in memory). */
  readonly entries: JournalEntry[];
  readonly damaged: DamagedDraft[];
  /** Newer code left unsaved changes: this page must not take them in, nor save the draft. */
  readonly newer: boolean;
}

/** Both copies of every entry (of draft `id`, or of all drafts), checked: the better per key. */
async function checkedJournals(id?: string): Promise<Journals & { live: JournalEntry[] }> {
  const raw = new Map<string, unknown[]>();
  const add = (key: string, value: unknown) => raw.set(key, [...(raw.get(key) ?? []), value]);
  const stored = await guarded(async (store) => {
    const keys =
      id === undefined
        ? await store.getAllKeys('journal')
        : await store.getAllKeysFromIndex('journal', 'id', id);
    return Promise.all(keys.map(async (key) => [key, await store.get('journal', key)] as const));
  });
  for (const [key, value] of stored) add(key, value);
  for (const [key, value] of storedJournals(id)) add(key, value);
  const entries: JournalEntry[] = [];
  const damaged: DamagedDraft[] = [];
  let newer = false;
  for (const [key, copies] of raw) {
    if (key.endsWith(`:${TAB}`)) continue; // this page's own: in memory
    const checked = copies.map((copy) => checkEntry(copy, key));
    const valid = checked.flatMap((c) => (c.kind === 'ok' ? [c.entry] : []));
    if (checked.some((c) => c.kind === 'newer')) newer = true;
    else if (valid.length > 0) entries.push(valid.reduce((a, b) => (a.at >= b.at ? a : b)));
    else if (checked[0]?.kind === 'damaged') damaged.push(checked[0].damaged);
  }
  const live = await liveTabs();
  return {
    entries: entries.filter((e) => !live.has(e.tab)),
    live: entries.filter((e) => live.has(e.tab)),
    damaged,
    newer,
  };
}

/** The entries to take in for a draft being opened (a tab still open saves its own). */
export async function journalsOf(id: string): Promise<Journals> {
  const { entries, damaged, newer } = await checkedJournals(id);
  const own = isDraftOpen(id) ? undefined : ownUnsaved(id);
  return { entries: own ? [own] : entries, damaged, newer };
}

/** Every damaged journal entry, and the drafts with entries left by pages that are gone. */
export async function journalState(): Promise<{ damaged: DamagedDraft[]; left: Set<string> }> {
  const { entries, damaged } = await checkedJournals();
  return { damaged, left: new Set(entries.map((e) => e.id)) };
}

/** Remove entries taken in (or, without `entries`, every entry of a deleted draft). */
export async function dropJournals(id: string, entries?: readonly JournalEntry[]): Promise<void> {
  const chosen = entries ? new Set(entries.map((e) => journalKey(e.id, e.tab))) : undefined;
  clearJournals(id, chosen);
  await guarded(async (store) => {
    for (const key of await store.getAllKeysFromIndex('journal', 'id', id)) {
      if (!chosen || chosen.has(key)) await store.delete('journal', key);
    }
  });
}

/** Delete one damaged entry, both copies. */
export async function deleteJournalEntry(key: string): Promise<void> {
  removeJournal(key);
  await guarded((store) => store.delete('journal', key));
}
