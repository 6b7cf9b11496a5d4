import { useRef, type ReactNode } from 'react';
import { useModal } from './use-modal';

/** A choice the dialog offers besides 取消. */
export interface ConfirmAction {
  readonly label: string;
  readonly onClick: () => void;
  readonly primary?: boolean;
}

type Choices =
  /** One action that changes or loses work (drawn as a danger button). */
  | { confirmLabel: string; onConfirm: () => void; actions?: never }
  /** Several choices, e.g. 新建下一年度报告 or 仍然关联. */
  | { actions: readonly ConfirmAction[]; confirmLabel?: never; onConfirm?: never };

/**
 * The one confirm dialog: asks before an action that changes or loses work. It opens on 取消 (or
 * its `cancelLabel`), the safe choice, so Enter does no harm; Escape and 取消 call `onClose`.
 */
export function ConfirmDialog({
  title,
  open,
  cancelLabel = '取消',
  onClose,
  children,
  ...choices
}: {
  title: string;
  open: boolean;
  cancelLabel?: string;
  onClose: () => void;
  children: ReactNode;
} & Choices) {
  const cancel = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(open, cancel);
  return (
    <dialog ref={ref} aria-label={title} onClose={onClose}>
      <h2>{title}</h2>
      {children}
      <div className="dialog-actions">
        {choices.actions ? (
          choices.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className={action.primary ? 'primary' : undefined}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))
        ) : (
          <button type="button" className="danger" onClick={choices.onConfirm}>
            {choices.confirmLabel}
          </button>
        )}
        <button type="button" ref={cancel} onClick={onClose}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
