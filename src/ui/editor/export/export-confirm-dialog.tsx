import { useEffect, useState } from 'react';
import type { Finding } from '../../../core';
import { useModal } from '../../use-modal';
import { ExplainDialog } from '../checks/explain-dialog';
import { FindingEntry } from '../checks/finding-entry';
import { useEditor, useFindings } from '../state/use-editor-state';
import { exportBlockers, type ConfirmKind } from './use-exports';

const KIND_LABELS: Readonly<Record<ConfirmKind, string>> = {
  docx: 'Word',
  html: 'HTML',
  print: '打印',
};

interface Actions {
  onDraft: () => void;
  onFinal: () => void;
  onClose: () => void;
}

/**
 * Before a final export: errors (强制性) must be fixed — they cannot be explained away — and open
 * warnings (核实性) fixed or explained. The dialog lists them as the checks do (a click goes to the
 * cells, a warning can be explained right here); once none is left the final export is offered,
 * until then only a draft, its file named （草稿）.
 */
export function ExportConfirmDialog({
  kind,
  ...actions
}: Actions & {
  /** The export waiting for confirmation, or null. */
  kind: ConfirmKind | null;
}) {
  const ref = useModal(kind !== null);
  const [explaining, setExplaining] = useState<Finding | null>(null);
  const [status, setStatus] = useState('');
  // Once shown (useModal's effect runs first): 返回修改 has the focus, nothing goes out on Enter.
  useEffect(() => {
    if (kind) ref.current?.querySelector<HTMLButtonElement>('[data-back]')?.focus();
  }, [kind, ref]);
  // The explain dialog is a sibling, not a child: a child dialog's close would reach this one's.
  return (
    <>
      <dialog
        ref={ref}
        aria-labelledby="export-confirm-title"
        className="wide-dialog export-confirm"
        onClose={() => {
          setStatus('');
          actions.onClose();
        }}
      >
        {kind && (
          <Blockers
            kind={kind}
            {...actions}
            status={status}
            onStatus={setStatus}
            onExplain={setExplaining}
            close={() => {
              ref.current?.close(); // at once, so a cell outside the dialog can take the focus
            }}
          />
        )}
      </dialog>
      <ExplainDialog
        finding={explaining}
        onClose={() => {
          setExplaining(null);
        }}
        onSaved={() => {
          setStatus('已保存说明。');
        }}
      />
    </>
  );
}

/** The dialog's body, mounted while it is open: checked as for publication after every change. */
function Blockers({
  kind,
  onDraft,
  onFinal,
  onClose,
  close,
  status,
  onStatus,
  onExplain,
}: Actions & {
  kind: ConfirmKind;
  close: () => void;
  status: string;
  onStatus: (message: string) => void;
  onExplain: (finding: Finding) => void;
}) {
  const { currentReport } = useEditor();
  useFindings(); // re-rendered (and checked again) after every change, e.g. a warning explained here
  const { errors, warnings } = exportBlockers(currentReport());
  const clear = errors.length === 0 && warnings.length === 0;
  const title =
    errors.length > 0
      ? '报告还有错误'
      : warnings.length > 0
        ? '还有未核实的警告'
        : kind === 'print'
          ? '可以打印'
          : '可以导出正式稿';
  const entry = (finding: Finding, i: number) => (
    <FindingEntry
      key={`${finding.rule}-${finding.cells.join(',')}-${i}`}
      finding={finding}
      onExplain={onExplain}
      onStatus={onStatus}
      onShow={close}
    />
  );
  return (
    <>
      <h2 id="export-confirm-title">{title}</h2>
      {errors.length > 0 && (
        <p>
          有 {errors.length} 个<strong>强制性</strong>
          错误，必须改正后才能导出正式稿（错误不能以说明代替改正）。
        </p>
      )}
      {warnings.length > 0 && (
        <p>
          有 {warnings.length} 个<strong>核实性</strong>
          警告，应当改正；情况属实的，点“情况属实，填写说明”。改正或说明后才能导出正式稿。
        </p>
      )}
      {clear ? (
        <p>错误已改正，警告均已改正或说明，可以导出正式稿。</p>
      ) : (
        <p className="hint">
          {kind === 'print'
            ? '点一项可转到相应的单元格修改。仍要打印吗？打印稿只宜供内部核对。'
            : '点一项可转到相应的单元格修改。也可以先导出草稿供内部核对，文件名将标注“（草稿）”。'}
        </p>
      )}
      <p className="checks-status" role="status">
        {status}
      </p>
      {!clear && (
        <ol className="finding-list export-findings">
          {errors.map(entry)}
          {warnings.map(entry)}
        </ol>
      )}
      <div className="dialog-actions">
        {kind === 'print' ? (
          <button type="button" className={clear ? 'primary' : undefined} onClick={onDraft}>
            {clear ? '打印' : '仍然打印'}
          </button>
        ) : clear ? (
          <button type="button" className="primary" onClick={onFinal}>
            导出正式稿（{KIND_LABELS[kind]}）
          </button>
        ) : (
          <button type="button" onClick={onDraft}>
            导出草稿（{KIND_LABELS[kind]}）
          </button>
        )}
        <button type="button" data-back onClick={onClose}>
          返回修改
        </button>
      </div>
    </>
  );
}
