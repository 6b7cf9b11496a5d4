/**
 * A tiny external store for the current findings, so the checks panel and the section navigation
 * update on every keystroke without re-rendering the form.
 */
import { useSyncExternalStore } from 'react';
import type { Finding } from '../../core';

export interface FindingsStore {
  get: () => readonly Finding[];
  set: (findings: readonly Finding[]) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFindingsStore(): FindingsStore {
  let current: readonly Finding[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (findings) => {
      current = findings;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useFindings(store: FindingsStore): readonly Finding[] {
  return useSyncExternalStore(store.subscribe, store.get);
}
