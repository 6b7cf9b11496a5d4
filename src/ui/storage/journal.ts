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

export interface JournalEntry {
  readonly id: string;
  /** The stored revision the change was made on. */
  readonly base: number;
  readonly at: number;
  readonly report: Report;
  readonly ui: DraftUi;
}

const keyOf = (id: string, tab: string) => `${PREFIX}${id}:${tab}`;

/** Throws when localStorage is full or unavailable. */
export function writeJournal(entry: JournalEntry): void {
  localStorage.setItem(keyOf(entry.id, TAB), JSON.stringify(entry));
}

export function clearOwnJournal(id: string): void {
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
    typeof entry.report === 'object'
  );
}

/** The journal entries other page loads left for a draft (unreadable ones are dropped). */
export function journalsOf(id: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(`${PREFIX}${id}:`) || key === keyOf(id, TAB)) continue;
      try {
        const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
        if (isEntry(value, id)) entries.push(value);
      } catch {
        // a torn entry is no change to take in
      }
    }
  } catch {
    return [];
  }
  return entries;
}

/** Remove the entries of other page loads for a draft (taken in, or the draft is deleted). */
export function clearJournals(id: string, ownToo = false): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${PREFIX}${id}:`) && (ownToo || key !== keyOf(id, TAB))) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing was journaled either
  }
}
