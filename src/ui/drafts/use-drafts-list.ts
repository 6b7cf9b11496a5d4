import { useCallback, useEffect, useState } from 'react';
import { draftsInMemory, listDrafts, type DamagedDraft } from '../../workspace/drafts';
import type { DraftsState } from './drafts-section';
import { failureReason } from './failure-reason';

/**
 * The drafts list as stored (read again on `refresh`), with what this page holds in memory when
 * storage fails; `remove` takes a deleted draft off the list without reading it again.
 */
export function useDraftsList() {
  const [state, setState] = useState<DraftsState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    let current = true;
    listDrafts().then(
      (list) => {
        if (current) setState({ kind: 'ok', ...list });
      },
      (failure: unknown) => {
        if (current) {
          setState({
            kind: 'failed',
            message: failureReason(failure),
            drafts: draftsInMemory(),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  /** Gone from the list at once; the list is read again only if the delete fails. */
  const remove = (target: { id: string; damaged?: DamagedDraft }) => {
    setState((now) =>
      now.kind === 'ok'
        ? {
            ...now,
            drafts: now.drafts.filter((d) => d.id !== target.id),
            damaged: now.damaged.filter((d) => d !== target.damaged),
          }
        : now,
    );
  };

  return { state, refresh, remove };
}
