import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The header's less used actions. On wide screens they stand in the header like the others (the
 * toggle is hidden); on narrow ones they fold under "更多", a disclosure button: Escape or a click
 * elsewhere closes it, choosing an action closes it too.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement | null>(null);
  const toggle = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    // The first action gets the focus: the keyboard goes on from there.
    root.current?.querySelector<HTMLButtonElement>('.more-items button')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="more-menu" ref={root} data-open={open ? '' : undefined}>
      <button
        type="button"
        ref={toggle}
        className="more-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        更多
      </button>
      <div
        id={id}
        className="more-items"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
