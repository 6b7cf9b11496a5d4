import { useSyncExternalStore } from 'react';
import type { ReadableStore } from '../workspace/store';

/** Read a store in a component; it re-renders when the value changes. */
export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
