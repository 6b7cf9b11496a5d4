/**
 * What the browser's storage refused, kept in this page's memory (private mode, site data blocked,
 * disk full) in the storage port's in-memory implementation (in-memory-store.ts, the one the tests
 * run on): drafts that could never be stored, and this tab's latest unsaved change of each draft,
 * so that leaving the editor and coming back still finds the work, and all of it can be downloaded
 * (until the page itself is closed). A save that goes through again stores it and forgets it here.
 */
import { lookupOf } from './records/draft-lookup';
import type { DraftRecord } from './records/draft-record';
import { createInMemoryStore } from './in-memory-store';
import { TAB, type JournalEntry } from './journal/journal';

const memory = createInMemoryStore(Date.now, { copy: (value) => value });
const own = memory.tab(TAB).store;

/** Keep a draft storage refused to store. */
export function keepInMemory(record: DraftRecord): void {
  memory.put(record);
}

/** A draft kept in memory, with its latest unsaved changes. */
export function memoryDraft(id: string): DraftRecord | undefined {
  const found = lookupOf(memory.raw(id), id);
  if (found.kind !== 'ok') return undefined;
  const latest = ownUnsaved(id);
  return latest ? { ...found.record, report: latest.report, ui: latest.ui } : found.record;
}

/** Every draft kept in memory, with its latest unsaved changes. */
export function memoryDrafts(): DraftRecord[] {
  return memory.ids().flatMap((id) => memoryDraft(id) ?? []);
}

/** Drop a draft from memory (stored at last, or deleted); true when it was there. */
export function forgetInMemory(id: string): boolean {
  return memory.remove(id);
}

/** Keep this tab's latest change of a draft (before the journal tries to store it). */
export function keepOwnChange(entry: JournalEntry): void {
  void own.journal(entry);
}

/** This tab's change of draft `id` is stored: forget it here. */
export function forgetOwnChange(id: string): void {
  own.forgetJournal(id);
}

/** This tab's unsaved change of a draft. */
export function ownUnsaved(id: string): JournalEntry | undefined {
  return memory.journal(id, TAB);
}

/** This tab's unsaved changes, every draft. */
export function ownUnsavedAll(): JournalEntry[] {
  return memory.journals(TAB);
}
