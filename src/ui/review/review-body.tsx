import { useMemo } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { BatchFilter } from './batch-filter';
import { BatchFilters } from './batch-filters';
import { BatchTable, type BatchTableModel } from './batch-table';
import { OpinionSettings } from './opinion-settings';
import { ReviewExports } from './review-exports';
import { SelectionBar } from './selection-bar';
import type { useReviewBatch } from './use-review-batch';
import type { useReviewView } from './use-review-view';

/** The batch's table with its filters, the exports and the clearing of the batch. */
export function ReviewBody({
  batch,
  view,
  entries,
  filter,
  setFilter,
  selected,
  setSelected,
  openId,
  table,
  order,
}: {
  batch: ReturnType<typeof useReviewBatch>;
  view: ReturnType<typeof useReviewView>;
  entries: readonly BatchEntry[];
  filter: BatchFilter;
  setFilter: (filter: BatchFilter) => void;
  selected: ReadonlySet<string>;
  setSelected: (selected: ReadonlySet<string>) => void;
  openId: string | undefined;
  table: BatchTableModel;
  /** The ids of the rows shown, in the table's order: the exports follow it. */
  order: readonly string[];
}) {
  const shownEntries = useMemo(
    () => order.flatMap((id) => view.byId.get(id) ?? []),
    [order, view.byId],
  );
  if (entries.length === 0)
    return <p className="empty">还没有报告。请把收到的报告文件拖到上面。</p>;
  return (
    <>
      <section className="panel batch-tools" aria-label="导出与筛选">
        <SelectionBar
          total={entries.length}
          shown={view.shown}
          selected={selected}
          setSelected={setSelected}
          onClear={() => {
            void batch.clear();
          }}
        />
        <div className="batch-toolbar opinion-bar">
          <ReviewExports
            entries={shownEntries}
            filtered={view.shown.length !== entries.length}
            context={{ all: entries, reviews: batch.reviews, settings: batch.settings }}
          />
          <OpinionSettings settings={batch.settings} onSettings={batch.setSettings} />
        </div>
        <BatchFilters filter={filter} counts={view.counts} onChange={setFilter} />
      </section>
      <section className="panel batch" aria-label="报告">
        <BatchTable table={table} openId={openId} />
        {view.unmatched.length > 0 && (
          <p className="hint">
            未匹配的上年报告：
            {view.unmatched
              .map((e) => `${e.file}（${e.report?.meta.org ?? ''} ${e.report?.meta.year ?? ''}年）`)
              .join('；')}
          </p>
        )}
      </section>
    </>
  );
}
