/**
 * "Go to the checks": the skip links and the checks key ask, the checks panel answers (it knows
 * whether it is folded on a narrow screen). A window event keeps the two apart.
 */
const EVENT = 'gongkai:focus-checks';

/** Ask the checks panel to take the focus. */
export function requestChecksFocus(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Answer requests for the focus; returns the stop. */
export function onChecksFocusRequest(handler: () => void): () => void {
  window.addEventListener(EVENT, handler);
  return () => {
    window.removeEventListener(EVENT, handler);
  };
}
