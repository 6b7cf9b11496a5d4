/**
 * The crash-safe journal: the draft as it is after every change, written synchronously to
 * localStorage (an IndexedDB write started while the page is unloading may never commit; a
 * localStorage write has already reached the browser when it returns). One entry per draft and
 * tab; the tab removes it once IndexedDB has the same state, the next load takes in what is left.
 * Every entry carries the versions of the code that wrote it and is checked on its own when read:
 * a damaged one is listed apart, one from newer code is left alone.
 */
import { parseReport, type Report } from '../../../core';
import { validUi, type DamagedDraft, type DraftUi, type NewerDraft } from '../records/draft-record';
import { unsafeKey } from '../versions/safe-keys';
import { migrateStored, stamped } from '../versions/store-versions';

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
  /**
   * The report as stored at revision `base`: the common ancestor when the entry is taken in
   * after other saves (a three-way merge, as with another tab's save). Absent in entries of
   * pages from before it was kept.
   */
  readonly baseReport?: Report;
  readonly ui: DraftUi;
}

/** The key of a draft's entry from one page load (also its key in IndexedDB's copy). */
export const journalKey = (id: string, tab: string) => `${PREFIX}${id}:${tab}`;
const keyOf = journalKey;

/** The draft and page load a journal key names. */
export function parseJournalKey(key: string): { id: string; tab: string } | undefined {
  const found = /^gongkai-report:journal:([\w-]+):([\w-]+)$/.exec(key);
  return found?.[1] && found[2] ? { id: found[1], tab: found[2] } : undefined;
}

/** The entry as stored: with the versions of the code that writes it. */
export function storedEntry(entry: JournalEntry): JournalEntry {
  return stamped(entry);
}

/** Throws when localStorage is full or unavailable (page-memory.ts keeps a copy first). */
export function writeJournal(entry: JournalEntry): void {
  localStorage.setItem(keyOf(entry.id, TAB), JSON.stringify(storedEntry(entry)));
}

/** Remove this tab's entry of a draft from localStorage. */
export function clearOwnJournal(id: string): void {
  try {
    localStorage.removeItem(keyOf(id, TAB));
  } catch {
    // nothing to remove when storage is unavailable
  }
}

export type CheckedEntry =
  | { readonly kind: 'ok'; readonly entry: JournalEntry }
  | { readonly kind: 'damaged'; readonly damaged: DamagedDraft }
  | { readonly kind: 'newer'; readonly newer: NewerDraft };

/**
 * A stored journal entry checked on its own: its fields, its report (and base) with the report
 * file's schema, migrated once if older; the place in it kept only where it is valid.
 */
export function checkEntry(raw: unknown, key: string): CheckedEntry {
  const named = parseJournalKey(key);
  const id = named?.id ?? key;
  const damaged = (message: string): CheckedEntry => ({
    kind: 'damaged',
    damaged: { id, raw, message: `未保存的修改已损坏：${message}`, journal: key },
  });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return damaged('记录不是一个对象。');
  }
  const unsafe = unsafeKey(raw);
  if (unsafe !== undefined) return damaged(`记录含有不允许的键名“${unsafe}”。`);
  const migrated = migrateStored('journal', raw as Record<string, unknown>);
  if (migrated.kind === 'newer') {
    return { kind: 'newer', newer: { id, raw, version: migrated.version } };
  }
  if (migrated.kind === 'invalid') return damaged(migrated.message);
  const value = migrated.value;
  const fields =
    value.id === id &&
    (named === undefined || value.tab === named.tab) &&
    typeof value.base === 'number' &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at) &&
    typeof value.session === 'string' &&
    typeof value.tab === 'string';
  if (!fields) return damaged('缺少必要的字段。');
  const report = parseReport(value.report);
  if (!report.ok) return damaged(report.message);
  const base = value.baseReport === undefined ? undefined : parseReport(value.baseReport);
  if (base && !base.ok) return damaged(base.message);
  return {
    kind: 'ok',
    entry: {
      id,
      base: value.base as number,
      session: value.session as string,
      tab: value.tab as string,
      at: value.at as number,
      report: report.report,
      ...(base ? { baseReport: base.report } : {}),
      ui: validUi(value.ui, report.report.template),
    },
  };
}

/** Every journal entry in localStorage, by key, as stored (`id`: of one draft only). */
export function storedJournals(id?: string): [string, unknown][] {
  const entries: [string, unknown][] = [];
  const prefix = id === undefined ? PREFIX : `${PREFIX}${id}:`;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const text = localStorage.getItem(key) ?? 'null';
      try {
        entries.push([key, JSON.parse(text) as unknown]);
      } catch {
        entries.push([key, text]); // not JSON at all: damaged, kept as the text it is
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

/** Remove one entry by its key (a damaged one the user deletes). */
export function removeJournal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage unavailable: there is nothing to remove
  }
}
