/** Which report is open beside the list, and moving through the list from it (buttons, keys). */
import { useCallback, useMemo, useState } from 'react';
import type { DetailPlace } from './report-detail';
import { useDetailKeys } from './use-detail-keys';

/** Leave a field being edited first: its blur saves it (a comment), as a click elsewhere would. */
function commitEditing(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** The open report's id (if any), how to open one, and its place among `order` (the rows shown). */
export function useDetailNavigation(order: readonly string[]) {
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const goTo = useCallback((id: string | undefined) => {
    if (id === undefined) return;
    commitEditing();
    setOpenId(id);
  }, []);
  const close = useCallback(() => {
    commitEditing();
    setOpenId(undefined);
  }, []);
  const index = openId === undefined ? -1 : order.indexOf(openId);
  const before = index > 0 ? order[index - 1] : undefined;
  const after = index >= 0 ? order[index + 1] : undefined;
  const place: DetailPlace = useMemo(
    () => ({
      index,
      total: order.length,
      prev:
        before === undefined
          ? undefined
          : () => {
              goTo(before);
            },
      next:
        after === undefined
          ? undefined
          : () => {
              goTo(after);
            },
    }),
    [index, order.length, before, after, goTo],
  );
  const keys = useMemo(
    () => ({
      prev: () => {
        place.prev?.();
      },
      next: () => {
        place.next?.();
      },
      close,
    }),
    [place, close],
  );
  useDetailKeys(openId !== undefined, keys);
  return { openId, goTo, close, place };
}
