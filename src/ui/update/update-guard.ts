/**
 * Whether this tab is busy, so that a new version must not take over now: a part of the page
 * holds a guard (an edit not yet on disk, an import under review, a batch being read), a dialog
 * is open, an IME composition is under way, or the user pressed a key or clicked moments ago.
 */
import { createStore, type ReadableStore } from '../../workspace/store';

/** Input this recent means the user is in the middle of something. */
export const IDLE_MS = 10_000;

const guards = new Set<symbol>();
const state = createStore(false);
export const busy: ReadableStore<boolean> = {
  get: () => {
    refresh();
    return state.get();
  },
  subscribe: state.subscribe,
};

let lastInput = Number.NEGATIVE_INFINITY;
let composing = false;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function dialogOpen(): boolean {
  return typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null;
}

function refresh(): void {
  const recent = performance.now() - lastInput < IDLE_MS;
  state.set(guards.size > 0 || composing || recent || dialogOpen());
}

/** Hold the page busy until the returned release is called. */
export function guardUpdate(): () => void {
  const guard = Symbol('busy');
  guards.add(guard);
  refresh();
  return () => {
    guards.delete(guard);
    refresh();
  };
}

/** Follow the user's input and the page's dialogs (once, when updates are followed at all). */
export function watchActivity(): void {
  const input = () => {
    lastInput = performance.now();
    refresh();
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = setTimeout(refresh, IDLE_MS + 50);
  };
  for (const type of ['keydown', 'input', 'pointerdown', 'paste', 'drop'] as const) {
    window.addEventListener(type, input, { capture: true, passive: true });
  }
  window.addEventListener('compositionstart', () => {
    composing = true;
    refresh();
  });
  window.addEventListener('compositionend', () => {
    composing = false;
    input();
  });
  // A dialog opening or closing (a removed one is seen at the next input or idle check).
  new MutationObserver(refresh).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['open'],
  });
  refresh();
}
