/** What a table cell can do to the page, through context so the column definitions stay constant. */
import { createContext, useContext } from 'react';

export interface ReviewActions {
  readonly open: (id: string) => void;
  readonly toggle: (id: string) => void;
  /** Download the unit's 审核意见. */
  readonly opinion: (id: string) => void;
}

export const ReviewActionsContext = createContext<ReviewActions>({
  open: () => undefined,
  toggle: () => undefined,
  opinion: () => undefined,
});

export function useReviewActions(): ReviewActions {
  return useContext(ReviewActionsContext);
}
