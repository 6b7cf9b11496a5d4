/**
 * A tiny external store: a value many components read (the findings, the save state) that changes
 * on every keystroke without re-rendering the form around them. No React here: the editor's state
 * engine uses it too; `useStore` (use-store.ts) is the React side.
 */

export interface ReadableStore<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
}

export interface Store<T> extends ReadableStore<T> {
  set: (value: T) => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
