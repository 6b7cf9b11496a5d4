/**
 * Writing straight into the page's IndexedDB, as a bug, a crash mid-write, a hand edit or a copy
 * of the page that does not announce its saves might: the faults the drafts store must survive.
 */
import type { Page } from '@playwright/test';

type StoreName = 'drafts' | 'state' | 'journal';

/**
 * Put `value` (under `key`, for stores without a key path) into one of the page's stores. `json`:
 * a JSON text parsed in the page (so keys such as `__proto__` arrive as the own keys JSON makes).
 */
export async function putRaw(
  page: Page,
  store: StoreName,
  value: unknown,
  key?: string,
  json?: string,
) {
  await page.evaluate(
    async ({ store, value, key, json }) => {
      const stored: unknown = json === undefined ? value : JSON.parse(json);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gongkai-report');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(stored, key);
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(new Error(String(tx.error)));
        };
      });
      db.close();
    },
    { store, value, key, json },
  );
}

/** The stored record of a draft, read straight from IndexedDB. */
export async function getRaw(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (draft) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('gongkai-report');
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(new Error(String(open.error)));
      };
    });
    const record = await new Promise<Record<string, unknown>>((resolve) => {
      const request = db.transaction('drafts').objectStore('drafts').get(draft);
      request.onsuccess = () => {
        resolve(request.result as Record<string, unknown>);
      };
    });
    db.close();
    return record;
  }, id);
}

/** Put many values into one store in one transaction (a store with a key path: the drafts). */
export async function putManyRaw(page: Page, store: StoreName, values: readonly unknown[]) {
  await page.evaluate(
    async ({ store, values }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gongkai-report');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const value of values) tx.objectStore(store).put(value);
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(new Error(String(tx.error)));
        };
      });
      db.close();
    },
    { store, values },
  );
}
