import { useEffect, useRef, type ReactNode } from 'react';
import { useModal } from '../use-modal';

/**
 * A warning the user answers: the safe choice (取消) has the focus when it opens; the other
 * choices are given as buttons after it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  cancelLabel = '取消',
  actions,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  cancelLabel?: string;
  actions: readonly { label: string; onClick: () => void; primary?: boolean }[];
  onCancel: () => void;
}) {
  const ref = useModal(open);
  const cancel = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onCancel}>
      <h2>{title}</h2>
      {children}
      <div className="dialog-actions wrap">
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.primary ? 'primary' : undefined}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
