import { useRef } from 'react';
import { useModal } from './use-modal';

/** Asks before an action that changes or loses work; it opens on 取消, so Enter does no harm. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const cancel = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(open, cancel);
  return (
    <dialog ref={ref} aria-label={title} onClose={onClose}>
      <h2>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onClose}>
          取消
        </button>
      </div>
    </dialog>
  );
}
