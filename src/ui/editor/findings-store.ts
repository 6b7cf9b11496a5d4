/** The current findings, shared by the checks panel and the section navigation. */
import type { Finding } from '../../core';
import { createStore, useStore, type Store } from '../store';

export type FindingsStore = Store<readonly Finding[]>;

export function createFindingsStore(): FindingsStore {
  return createStore<readonly Finding[]>([]);
}

export function useFindings(store: FindingsStore): readonly Finding[] {
  return useStore(store);
}
