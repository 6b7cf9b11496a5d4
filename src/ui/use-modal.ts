import { useEffect, useRef } from 'react';

/** A `<dialog>` shown as a modal while `open` is true (its own close, e.g. Escape, reports back). */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
