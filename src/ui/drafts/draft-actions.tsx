import { summaryName, type DraftSummary } from '../../workspace/drafts';
import type { DraftHandlers } from './drafts-columns';

/** A draft row's actions, each named with the draft for screen readers. */
export function DraftActions({
  draft,
  onOpen,
  onDuplicate,
  onRollForward,
  onDelete,
}: { draft: DraftSummary } & DraftHandlers) {
  const name = `${summaryName(draft)}${draft.copyOf === undefined ? '' : '（副本）'}${draft.example === undefined ? '' : '（示例）'}`;
  return (
    <span className="row-actions">
      <button
        type="button"
        onClick={() => {
          onOpen(draft);
        }}
        aria-label={`打开 ${name}`}
      >
        打开
      </button>
      <button
        type="button"
        onClick={() => {
          onDuplicate(draft);
        }}
        aria-label={`复制 ${name}`}
      >
        复制
      </button>
      <button
        type="button"
        title={`以 ${name} 为上年报告，新建 ${draft.year + 1} 年度报告`}
        onClick={() => {
          onRollForward(draft);
        }}
      >
        新建下一年度报告
      </button>
      <button
        type="button"
        onClick={() => {
          onDelete(draft);
        }}
        aria-label={`删除 ${name}`}
      >
        删除
      </button>
    </span>
  );
}
