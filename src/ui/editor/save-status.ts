/** The autosave state shown in the top bar, as a tiny external store. */
import { useSyncExternalStore } from 'react';

export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string };

export interface SaveStatusStore {
  get: () => SaveState;
  set: (state: SaveState) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSaveStatus(initial: SaveState): SaveStatusStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export function useSaveStatus(store: SaveStatusStore): SaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}
