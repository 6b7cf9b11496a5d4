import { useRef } from 'react';
import { useModal } from '../use-modal';

/**
 * Asks before exporting (or printing) a report that still has errors; an exported file is then
 * named （草稿）. It opens on 返回修改: going back to fix them is the safe choice.
 */
export function ExportConfirmDialog({
  errors,
  print = false,
  onConfirm,
  onClose,
}: {
  /** The errors of the report to export, or null when nothing waits for confirmation. */
  errors: number | null;
  /** The action waiting is 打印 (nothing is named （草稿）). */
  print?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const back = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(errors !== null, back);
  return (
    <dialog ref={ref} aria-labelledby="export-confirm-title" onClose={onClose}>
      <h2 id="export-confirm-title">报告还有错误</h2>
      <p>
        报告中还有 {errors} 个错误（见右侧检查结果）。
        {print ? '仍要打印吗？' : '仍要导出吗？导出的文件名将标注“（草稿）”。'}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {print ? '仍然打印' : '仍然导出（草稿）'}
        </button>
        <button type="button" ref={back} onClick={onClose}>
          返回修改
        </button>
      </div>
    </dialog>
  );
}
