/**
 * Whether the browser lets the page save: a failure of IndexedDB or of the journal is classified
 * here (full, unavailable) and shown as one banner; the work stays in the page's memory.
 */
import { createStore, type ReadableStore } from '../store';

export type StorageHealth =
  { readonly kind: 'ok' } | { readonly kind: 'full' } | { readonly kind: 'unavailable' };

const health = createStore<StorageHealth>({ kind: 'ok' });
export const storageHealth: ReadableStore<StorageHealth> = health;

export const STORAGE_MESSAGES: Readonly<Record<'full' | 'unavailable', string>> = {
  full: '浏览器存储空间已满，修改无法保存。',
  unavailable: '浏览器不允许本页保存数据（可能是无痕模式或禁用了网站数据），修改无法保存。',
};

/** A storage error in Chinese; `full` and `unavailable` errors also raise the banner. */
export function storageFailed(error: unknown): Error {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const kind =
    name === 'QuotaExceededError'
      ? 'full'
      : [
            'InvalidStateError',
            'UnknownError',
            'SecurityError',
            'NotFoundError',
            'VersionError',
          ].includes(name) || typeof indexedDB === 'undefined'
        ? 'unavailable'
        : undefined;
  if (!kind) return error instanceof Error ? error : new Error(String(error));
  health.set({ kind });
  return new Error(STORAGE_MESSAGES[kind]);
}

/** A save went through again: the banner can go. */
export function storageWorks(): void {
  if (health.get().kind !== 'ok') health.set({ kind: 'ok' });
}
