import { useRef, useState } from 'react';
import { cellsOf, isComputed, type Report } from '../../../core';
import { ConfirmDialog } from '../../confirm-dialog';
import { RollForward } from './roll-forward-action';
import { useEditor } from '../state/use-editor-state';

/** Whether a typed (not computed) table cell holds something: the figures are someone's year. */
function hasFigures(engine: ReturnType<typeof useEditor>): boolean {
  const cells = engine.form.getValues('cells');
  const modes = engine.modes.get();
  for (const id of cellsOf(engine.template).keys()) {
    if (isComputed(engine.template, id, modes)) continue;
    if ((cells[id] ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * 报告年度 changed on a draft whose figures belong to another year: say so, and offer 新建下一年度
 * 报告 instead (the figures stay last year's, the new draft carries them over properly). Asked when
 * the field is left, not on every digit typed.
 */
export function useYearGuard() {
  const engine = useEditor();
  /** The year the figures belong to: the draft's year when opened, or the one the user confirmed. */
  const figuresYear = useRef(Number.parseInt(engine.form.getValues('meta.year'), 10));
  const [pending, setPending] = useState<{ from: number; to: number } | null>(null);
  const [rollFrom, setRollFrom] = useState<Report | undefined>(undefined);

  const onBlur = () => {
    const to = Number.parseInt(engine.form.getValues('meta.year'), 10);
    const from = figuresYear.current;
    if (!Number.isInteger(to) || !Number.isInteger(from) || to === from) return;
    const link = engine.lastYear.get();
    // Setting the year the linked last year calls for, or a draft with no figures: nothing to say.
    if ((link && to === link.year + 1) || (!link && !hasFigures(engine))) {
      figuresYear.current = to;
      return;
    }
    setPending({ from, to });
  };

  const restore = (year: number) => {
    engine.form.setValue('meta.year', String(year), { shouldValidate: true, shouldDirty: true });
  };

  const dialog = (
    <>
      {pending && (
        <ConfirmDialog
          open
          title={`报告年度改为 ${pending.to} 年？`}
          cancelLabel={`取消（仍为 ${pending.from} 年度）`}
          onClose={() => {
            restore(pending.from);
            setPending(null);
          }}
          actions={[
            {
              label: `新建 ${pending.from + 1} 年度报告`,
              primary: true,
              onClick: () => {
                restore(pending.from);
                setPending(null);
                setRollFrom(engine.currentReport());
              },
            },
            {
              label: `仍改为 ${pending.to} 年度`,
              onClick: () => {
                figuresYear.current = pending.to;
                setPending(null);
              },
            },
          ]}
        >
          <p>
            本草稿的数字是 {pending.from} 年度的
            {engine.lastYear.get()
              ? `（已关联 ${engine.lastYear.get()?.year ?? ''} 年度的上年报告）`
              : ''}
            。只改年度，这些数字和正文仍是 {pending.from} 年的。
          </p>
          <p>
            要编制 {pending.from + 1} 年度的报告，请“新建 {pending.from + 1}{' '}
            年度报告”：以本报告为上年报告，上年结转按其“结转下年度继续办理”填写，其他数字留空，本草稿保持不变。
          </p>
        </ConfirmDialog>
      )}
      <RollForward
        report={rollFrom}
        onClose={() => {
          setRollFrom(undefined);
        }}
      />
    </>
  );
  return { onBlur, dialog };
}
