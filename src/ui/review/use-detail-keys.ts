/** Keys of the opened report: J/K or Alt+↓/↑ for the next/previous report, Esc to close. */
import { useEffect } from 'react';

function editable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useDetailKeys(
  active: boolean,
  keys: { prev: () => void; next: () => void; close: () => void },
): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      // A dialog open on the page has the keys.
      if (document.querySelector('dialog[open]')) return;
      const typing = editable(event.target);
      const arrow = event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp');
      const letter = !typing && !event.altKey && (event.key === 'j' || event.key === 'k');
      if (arrow || letter) {
        event.preventDefault();
        if (event.key === 'ArrowDown' || event.key === 'j') keys.next();
        else keys.prev();
      } else if (event.key === 'Escape' && !typing) {
        event.preventDefault();
        keys.close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [active, keys]);
}
