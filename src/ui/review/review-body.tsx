import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../confirm-dialog';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { BatchFilter } from './batch-filter';
import { BatchFilters } from './batch-filters';
import { BatchTable, type BatchTableModel } from './batch-table';
import { OpinionSettings } from './opinion-settings';
import { ReviewExports } from './review-exports';
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
  const [clearing, setClearing] = useState(false);
  const shownEntries = useMemo(
    () => order.flatMap((id) => view.byId.get(id) ?? []),
    [order, view.byId],
  );
  if (entries.length === 0)
    return <p className="empty">还没有报告。请把收到的报告文件拖到上面。</p>;
  return (
    <>
      <section className="panel batch-tools" aria-label="导出与筛选">
        <div className="batch-toolbar">
          <span>
            共 {entries.length} 份
            {view.shown.length !== entries.length ? `，显示 ${view.shown.length} 份` : ''}；已勾选{' '}
            {selected.size} 份汇总
          </span>
          <button
            type="button"
            onClick={() => {
              setSelected(new Set(view.shown.flatMap((r) => (r.entry.report ? [r.entry.id] : []))));
            }}
          >
            全选显示的报告
          </button>
          <button
            type="button"
            disabled={selected.size === 0}
            onClick={() => {
              setSelected(new Set());
            }}
          >
            清除勾选
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setClearing(true);
            }}
          >
            清空
          </button>
          <ConfirmDialog
            open={clearing}
            title="清空本批报告"
            confirmLabel="确认清空"
            onConfirm={() => {
              setClearing(false);
              void batch.clear();
            }}
            onClose={() => {
              setClearing(false);
            }}
          >
            <p>清空本批报告和审核记录？此操作无法恢复。</p>
          </ConfirmDialog>
        </div>
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
