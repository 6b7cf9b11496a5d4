import { useModal } from '../use-modal';

/** Asks before exporting a report that still has errors; the file is then named （草稿）. */
export function ExportConfirmDialog({
  errors,
  onConfirm,
  onClose,
}: {
  /** The errors of the report to export, or null when nothing waits for confirmation. */
  errors: number | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useModal(errors !== null);
  return (
    <dialog ref={ref} aria-labelledby="export-confirm-title" onClose={onClose}>
      <h2 id="export-confirm-title">报告还有错误</h2>
      <p>
        报告中还有 {errors} 个错误（见右侧检查结果）。仍要导出吗？导出的文件名将标注“（草稿）”。
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          仍然导出（草稿）
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </dialog>
  );
}
