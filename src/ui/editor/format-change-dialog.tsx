import { ConfirmDialog } from '../confirm-dialog';
import type { TemplateChange } from './change-template';

/** Asks before a format change that loses cells, naming them. */
export function FormatChangeDialog({
  change,
  onConfirm,
  onClose,
}: {
  change: TemplateChange | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      open={change !== undefined}
      title={`改用${change?.name ?? ''}`}
      confirmLabel={`仍然改用${change?.name ?? ''}`}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>
        改用{change?.name}后，以下单元格没有对应位置，数值不会保留：{change?.dropped.join('、')}
        。改用前的内容会保存为一个历史版本。
      </p>
    </ConfirmDialog>
  );
}
