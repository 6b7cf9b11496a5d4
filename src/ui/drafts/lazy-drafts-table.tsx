/**
 * The drafts table, loaded with its table library (@tanstack/table-core) only when there are
 * drafts to list: a first visit, or a page opened straight into a draft, does without it.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { DraftsTable as Table } from './drafts-table';

const DraftsTable = lazy(() => import('./drafts-table').then((m) => ({ default: m.DraftsTable })));

export function LazyDraftsTable(props: ComponentProps<typeof Table>) {
  return (
    <Suspense fallback={<p>正在读取草稿…</p>}>
      <DraftsTable {...props} />
    </Suspense>
  );
}
