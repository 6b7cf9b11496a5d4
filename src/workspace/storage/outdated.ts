/**
 * This page's code is older than data it met (a draft, a journal entry or a message another tab
 * wrote, or a newer page upgrading the database): it stops saving what it met, keeps unsaved
 * edits in its journal, and the page says to reload (刷新页面). No React.
 */
import { createStore, type ReadableStore } from '../store';

export interface Outdated {
  /** The drafts this page must not save any more. */
  readonly drafts: ReadonlySet<string>;
  /** The database itself belongs to newer code now: nothing can be saved. */
  readonly database: boolean;
}

const state = createStore<Outdated | undefined>(undefined);
export const outdated: ReadableStore<Outdated | undefined> = state;

/** Newer data was met for draft `id` (or, without an id, the database was upgraded). */
export function markOutdated(id?: string): void {
  const now = state.get();
  if (id === undefined) {
    if (now?.database) return;
    state.set({ drafts: now?.drafts ?? new Set(), database: true });
    return;
  }
  if (now?.drafts.has(id)) return;
  state.set({ drafts: new Set([...(now?.drafts ?? []), id]), database: now?.database ?? false });
}

/** Whether this page must not save draft `id`. */
export function isOutdated(id: string): boolean {
  const now = state.get();
  return now !== undefined && (now.database || now.drafts.has(id));
}

/** The database was handed to newer code: a storage call says so instead of failing oddly. */
export class OutdatedError extends Error {
  constructor() {
    super('本页的程序版本较旧，已停止保存。请刷新页面。');
    this.name = 'OutdatedError';
  }
}
