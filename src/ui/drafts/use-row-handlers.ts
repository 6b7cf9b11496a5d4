import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DraftHandlers } from './drafts-columns';

/**
 * Handlers that keep their identity across renders and call the latest ones given: the memoised
 * rows (a thousand of them) are not drawn again because the page made new closures.
 */
export function useRowHandlers(given: DraftHandlers): DraftHandlers {
  const latest = useRef(given);
  useLayoutEffect(() => {
    latest.current = given;
  });
  return useMemo<DraftHandlers>(
    () => ({
      onOpen: (d) => {
        latest.current.onOpen(d);
      },
      onDuplicate: (d) => {
        latest.current.onDuplicate(d);
      },
      onRollForward: (d) => {
        latest.current.onRollForward(d);
      },
      onDelete: (d) => {
        latest.current.onDelete(d);
      },
    }),
    [],
  );
}
