import { useRef } from 'react';
import { useModal } from '../use-modal';

/** Asks before a draft is deleted. */
export function DeleteDialog({
  label,
  onConfirm,
  onClose,
}: {
  /** The draft to delete ("甲镇人民政府 2024年"), or null when nothing is to be deleted. */
  label: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const cancel = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(label !== null, cancel);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="delete-title">
      <h2 id="delete-title">删除草稿</h2>
      <p>确定删除“{label}”的草稿吗？删除后无法恢复。</p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          确认删除
        </button>
        <button type="button" ref={cancel} onClick={onClose}>
          取消
        </button>
      </div>
    </dialog>
  );
}
