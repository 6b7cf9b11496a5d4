/**
 * Instrumentation for "nobody typing, nothing saved": every page of a context counts its writes to
 * the drafts and their history (IndexedDB put/add/delete) and its messages to other tabs.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface Counts {
  readonly writes: number;
  readonly messages: number;
}

/** Count from the next page load on, in every page of `context`. */
export async function countWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counts = { writes: 0, messages: 0 };
    (window as unknown as { __storage: typeof counts }).__storage = counts;
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (
        ...args: unknown[]
      ) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        value: function (this: IDBObjectStore, ...args: unknown[]) {
          if (this.name === 'drafts' || this.name === 'history') counts.writes++;
          return original.apply(this, args);
        },
      });
    }
    const original = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'postMessage')
      ?.value as (message: unknown) => void;
    Object.defineProperty(BroadcastChannel.prototype, 'postMessage', {
      value: function (this: BroadcastChannel, message: unknown) {
        if (this.name === 'gongkai-report:drafts') counts.messages++;
        original.call(this, message);
      },
    });
  });
}

const read = (page: Page) =>
  page.evaluate(() => (window as unknown as { __storage: Counts }).__storage);

/**
 * What each page wrote and said over `ms` of nobody typing. The window is the measurement itself,
 * observed inside the pages (it waits for nothing to happen, so no event could end it sooner).
 */
export async function idleCounts(pages: readonly Page[], ms = 10_000): Promise<Counts[]> {
  const before = await Promise.all(pages.map(read));
  await Promise.all(
    pages.map((page) =>
      page.evaluate((wait) => new Promise((resolve) => setTimeout(resolve, wait)), ms),
    ),
  );
  const after = await Promise.all(pages.map(read));
  return after.map((a, i) => ({
    writes: a.writes - (before[i]?.writes ?? 0),
    messages: a.messages - (before[i]?.messages ?? 0),
  }));
}
