/** What the batch table's cells can do to the page: open a row, tick it, download its opinion. */
import { useMemo } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { downloadUnitOpinion, type OpinionContext } from './opinion-downloads';
import type { ReviewActions } from './review-actions';

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The actions the page gives its table through ReviewActionsContext. */
export function usePageActions(
  goTo: (id: string) => void,
  setSelected: (change: (selected: ReadonlySet<string>) => ReadonlySet<string>) => void,
  byId: ReadonlyMap<string, BatchEntry>,
  context: OpinionContext,
): ReviewActions {
  return useMemo(
    () => ({
      open: goTo,
      toggle: (id: string) => {
        setSelected((s) => toggled(s, id));
      },
      opinion: (id: string) => {
        const entry = byId.get(id);
        if (entry) void downloadUnitOpinion(entry, context);
      },
    }),
    [goTo, setSelected, byId, context],
  );
}
