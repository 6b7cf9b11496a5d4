import { useEffect, useRef, type RefObject } from 'react';

/**
 * A `<dialog>` shown as a modal while `open` is true (its own close, e.g. Escape, reports back).
 * `initial` is the button it opens on: the safe one (取消) where the action cannot be undone.
 */
export function useModal(open: boolean, initial?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initial?.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open, initial]);
  return ref;
}
