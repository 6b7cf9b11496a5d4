import { useState } from 'react';
import type { Report } from '../../core';
import {
  createDraft,
  openDraft,
  type CreateOptions,
  type DraftRecord,
  type DraftSummary,
} from '../../workspace/drafts';
import { failureReason } from './failure-reason';

/**
 * Making drafts from the home page, and the error line that says what failed: `made` opens or
 * lists a new draft, `store` creates one and opens it, `withRecord` reads a listed draft first.
 */
export function useDraftMaking(onOpen: (id: string) => void, refresh: () => void) {
  const [error, setError] = useState('');
  /**
   * A new draft made (drafts.ts), then opened or listed; when the browser cannot store it, say so
   * (a draft opened at once is kept in this page's memory instead, and the banner says so).
   */
  const made = (what: string, open: boolean, making: Promise<DraftRecord>) => {
    setError('');
    making.then(
      (record) => {
        if (open) onOpen(record.id);
        else refresh();
      },
      (failure: unknown) => {
        setError(`无法${what}：${failureReason(failure)}`);
      },
    );
  };
  const store = (report: Report, what: string, options: CreateOptions = {}) => {
    made(what, true, createDraft(report, { ...options, openAnyway: true }));
  };
  /** The list holds summaries: an action on a draft's report reads the draft first. */
  const withRecord = (draft: DraftSummary, what: string, action: (record: DraftRecord) => void) => {
    setError('');
    openDraft(draft.id).then(
      (found) => {
        if (found.kind === 'ok') action(found.record);
        else setError(`无法${what}：这份草稿已无法读取，请刷新页面。`);
      },
      (failure: unknown) => {
        setError(`无法${what}：${failureReason(failure)}`);
      },
    );
  };
  return { error, setError, made, store, withRecord };
}
