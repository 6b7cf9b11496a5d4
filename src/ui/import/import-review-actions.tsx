import type { Report } from '../../core';

/**
 * The review's way on: open it (or make next year's draft from a past year's report) or 放弃;
 * both wait while a scan's OCR'd cells are unconfirmed, and say so.
 */
export function ImportReviewActions({
  report,
  rollForward,
  unconfirmed,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  report: Report;
  rollForward: ((report: Report) => void) | undefined;
  unconfirmed: number;
  confirmLabel: string;
  onConfirm: (report: Report) => void;
  onCancel: () => void;
}) {
  return (
    <>
      {rollForward && (
        <p className="roll-forward-hint">
          这是 {report.meta.year} 年度的报告。要编写 {report.meta.year + 1}{' '}
          年度报告，请以它为上年报告新建：上年结转自动带出，上年数字和正文用于核对。
        </p>
      )}
      <div className="dialog-actions left">
        {rollForward && (
          <button
            type="button"
            className="primary"
            disabled={unconfirmed > 0}
            onClick={() => {
              rollForward(report);
            }}
          >
            以此为上年报告，新建 {report.meta.year + 1} 年度报告
          </button>
        )}
        <button
          type="button"
          className={rollForward ? undefined : 'primary'}
          disabled={unconfirmed > 0}
          aria-describedby={unconfirmed > 0 ? 'ocr-unconfirmed' : undefined}
          onClick={() => {
            onConfirm(report);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          放弃
        </button>
      </div>
      {unconfirmed > 0 && (
        <p id="ocr-unconfirmed" className="hint">
          还有 {unconfirmed} 个 OCR 识别的单元格未确认：请先在下方对照原件逐格确认，确认后才能打开。
        </p>
      )}
    </>
  );
}
