/**
 * The crash-safe journal: the draft as it is after every change, written synchronously to
 * localStorage (an IndexedDB write started while the page is unloading may never commit; a
 * localStorage write has already reached the browser when it returns). One entry per draft and
 * tab; the tab removes it once IndexedDB has the same state, the next load takes in what is left.
 */
import type { Report } from '../../core';
import type { DraftUi } from './draft-record';

const PREFIX = 'gongkai-report:journal:';

/** This page load: its journal entries are its own until it is gone. */
export const TAB = crypto.randomUUID();

const LOCK = 'gongkai-report:tab:';

// Web Locks exist only in secure contexts (https, localhost); without them every journal left
// behind is taken in, as if its tab were closed.
const locks =
  typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);

// Held for the page's lifetime: while it is held, this tab's journal is its own to save.
void locks?.request(`${LOCK}${TAB}`, () => new Promise<never>(() => undefined));

/** The page loads still open (in any tab of this browser). */
export async function liveTabs(): Promise<Set<string>> {
  const held = locks ? ((await locks.query()).held ?? []) : [];
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(LOCK) ? [lock.name.slice(LOCK.length)] : [])),
  );
}

export interface JournalEntry {
  readonly id: string;
  /** The stored revision the change was made on. */
  readonly base: number;
  /** The editing session that made it: later revisions it saved itself are no conflict. */
  readonly session: string;
  /** The page load that wrote it. */
  readonly tab: string;
  readonly at: number;
  readonly report: Report;
  readonly ui: DraftUi;
}

/** The key of a draft's entry from one page load (also its key in IndexedDB's copy). */
export const journalKey = (id: string, tab: string) => `${PREFIX}${id}:${tab}`;
const keyOf = journalKey;

/** Throws when localStorage is full or unavailable. */
/**
 * This tab's latest entry per draft, in memory: when storage refuses every write, leaving the
 * editor and coming back to the draft still finds the work (until the page itself is closed).
 */
const inMemory = new Map<string, JournalEntry>();

/** This tab's unsaved entries, every draft. */
export function ownUnsavedAll(): JournalEntry[] {
  return [...inMemory.values()];
}

/** This tab's unsaved entry for a draft whose editor is closed. */
export function ownUnsaved(id: string): JournalEntry | undefined {
  return inMemory.get(id);
}

/** Throws when localStorage is full or unavailable (the copy in memory is kept). */
export function writeJournal(entry: JournalEntry): void {
  inMemory.set(entry.id, entry);
  localStorage.setItem(keyOf(entry.id, TAB), JSON.stringify(entry));
}

export function clearOwnJournal(id: string): void {
  inMemory.delete(id);
  try {
    localStorage.removeItem(keyOf(id, TAB));
  } catch {
    // nothing to remove when storage is unavailable
  }
}

function isEntry(value: unknown, id: string): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalEntry>;
  return (
    entry.id === id &&
    typeof entry.base === 'number' &&
    typeof entry.at === 'number' &&
    typeof entry.session === 'string' &&
    typeof entry.tab === 'string' &&
    typeof entry.report === 'object'
  );
}

/** The journal entries other page loads left for a draft, by key (unreadable ones are dropped). */
export function journalsOf(id: string): [string, JournalEntry][] {
  const entries: [string, JournalEntry][] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(`${PREFIX}${id}:`) || key === keyOf(id, TAB)) continue;
      try {
        const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
        if (isEntry(value, id)) entries.push([key, value]);
      } catch {
        // a torn entry is no change to take in
      }
    }
  } catch {
    return [];
  }
  return entries;
}

/** Remove a draft's entries: those with the given keys, or all of them. */
export function clearJournals(id: string, keys?: ReadonlySet<string>): void {
  try {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${PREFIX}${id}:`) && (!keys || keys.has(key))) found.push(key);
    }
    for (const key of found) localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing was journaled either
  }
}
