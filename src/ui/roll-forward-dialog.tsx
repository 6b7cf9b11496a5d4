import { useEffect, useRef, useState } from 'react';
import { rollForward, type Report } from '../core';
import { useModal } from './use-modal';

/**
 * 新建下一年度报告: next year's draft from this report — last year linked, 上年结转 carried, the
 * other figures blank; the text empty, or this year's with the year rolled forward for review.
 */
export function RollForwardDialog({
  report,
  open,
  onClose,
  onCreate,
}: {
  report: Report;
  open: boolean;
  onClose: () => void;
  onCreate: (next: Report, rolled: number) => void;
}) {
  const ref = useModal(open);
  const cancel = useRef<HTMLButtonElement | null>(null);
  // After showModal (useModal's effect runs first): a dialog opens on 取消, not on an action.
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  const [keepText, setKeepText] = useState(false);
  const next = report.meta.year + 1;
  return (
    <dialog ref={ref} className="dialog" aria-label="新建下一年度报告" onClose={onClose}>
      <h2>新建 {next} 年度报告</h2>
      <p>
        以 {report.meta.org} {report.meta.year}{' '}
        年度报告为上年报告：上年结转按其“四、结转下年度继续办理”填入，其他数字留空，成文日期留空。
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={keepText}
          onChange={(e) => {
            setKeepText(e.target.checked);
          }}
        />
        以上年正文为底稿（其中的“{report.meta.year}年”改为“{next}年”，请逐处核对）
      </label>
      <div className="dialog-actions">
        <button type="button" ref={cancel} onClick={onClose}>
          取消
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            const { report: made, rolled } = rollForward(report, { keepText });
            onCreate(made, rolled.length);
          }}
        >
          新建 {next} 年度报告
        </button>
      </div>
    </dialog>
  );
}
