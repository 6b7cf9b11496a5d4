import { useState } from 'react';
import { ConfirmDialog } from '../confirm-dialog';
import type { ReviewRow } from './review-row';

/**
 * The batch's count and the rows ticked for the 汇总: tick all shown, clear the ticks, and 清空
 * the whole batch (after a confirmation).
 */
export function SelectionBar({
  total,
  shown,
  selected,
  setSelected,
  onClear,
}: {
  total: number;
  shown: readonly ReviewRow[];
  selected: ReadonlySet<string>;
  setSelected: (selected: ReadonlySet<string>) => void;
  onClear: () => void;
}) {
  const [clearing, setClearing] = useState(false);
  return (
    <div className="batch-toolbar">
      <span>
        共 {total} 份{shown.length !== total ? `，显示 ${shown.length} 份` : ''}；已勾选{' '}
        {selected.size} 份汇总
      </span>
      <button
        type="button"
        onClick={() => {
          setSelected(new Set(shown.flatMap((r) => (r.entry.report ? [r.entry.id] : []))));
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
          onClear();
        }}
        onClose={() => {
          setClearing(false);
        }}
      >
        <p>清空本批报告和审核记录？此操作无法恢复。</p>
      </ConfirmDialog>
    </div>
  );
}
