import type { Report } from '../../core';

/** What the last replacement did ("已恢复到 … 的版本"), with its undo. */
export interface EditorNotice {
  readonly message: string;
  readonly undo?: Report;
}

export function NoticeBar({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: EditorNotice;
  onUndo: (report: Report) => void;
  onDismiss: () => void;
}) {
  const { undo } = notice;
  return (
    <div className="notice-bar" role="status">
      {notice.message}
      {undo && (
        <button
          type="button"
          onClick={() => {
            onUndo(undo);
          }}
        >
          撤销恢复
        </button>
      )}
      <button type="button" onClick={onDismiss}>
        知道了
      </button>
    </div>
  );
}
