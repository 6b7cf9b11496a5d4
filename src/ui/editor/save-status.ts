/** The autosave state shown in the top bar. */
import { createStore, useStore, type Store } from '../store';

export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string };

export type SaveStatusStore = Store<SaveState>;

export function createSaveStatus(initial: SaveState): SaveStatusStore {
  return createStore(initial);
}

export function useSaveStatus(store: SaveStatusStore): SaveState {
  return useStore(store);
}
