import { useMemo } from 'react';
import {
  cellsOf,
  isBalanceFinding,
  LEVEL_LABELS,
  likelyCell,
  RULES,
  SEVERITY_LABELS,
  type Finding,
} from '../../../core';
import { showFinding } from './finding-target';
import { useHelp } from '../help/help-context';
import { useEditor } from '../state/use-editor-state';
import { fillZeros } from '../../../workspace/editor/fill-actions';

/** A warning the clerk may explain: not an error, not yet explained, not blanks (空白填0 fixes those). */
export function explainable(finding: Finding): boolean {
  return finding.severity === 'warning' && !finding.explained && finding.rule !== 'BLANK_CELL';
}

/**
 * One finding in the checks: its level, message, the fix (or the reason given) and the basis; a
 * click shows its cells. A warning can be explained (情况属实) and an explanation withdrawn; the
 * blank cells of a table are filled with 0 from here, as by the table's own 空白填0.
 */
export function FindingEntry({
  finding,
  onExplain,
  onStatus,
  onShow,
}: {
  finding: Finding;
  onExplain: (finding: Finding) => void;
  onStatus: (message: string) => void;
  /** After the finding's cells are shown (a dialog closes, say). */
  onShow?: () => void;
}) {
  const engine = useEditor();
  const rule = RULES[finding.rule];
  // Where a balance break most likely is: the figures, or the cell the clerk changed last. A new
  // finding object comes with every check, so this follows the report and the typing.
  const likely = useMemo(
    () =>
      isBalanceFinding(finding)
        ? likelyCell(engine.currentReport(), finding, engine.recentCells())
        : undefined,
    [engine, finding],
  );
  const explained = finding.explained;
  return (
    <li className="finding-item">
      <button
        type="button"
        className={`finding finding-${finding.severity}${explained ? ' finding-explained' : ''}`}
        data-rule={finding.rule}
        data-explained={explained ? 'true' : undefined}
        onClick={() => {
          onShow?.();
          showFinding(finding, likely?.cell);
        }}
      >
        <span className="finding-severity">
          {explained
            ? `已说明（${LEVEL_LABELS[finding.severity]}）`
            : `${SEVERITY_LABELS[finding.severity]}（${LEVEL_LABELS[finding.severity]}）`}
        </span>
        <span className="finding-message">{finding.message}</span>
        {likely && <span className="finding-likely">{likely.hint}</span>}
        <span className="finding-fix">
          {explained ? `说明：${explained.reason}` : `改正：${rule.fix}`}
        </span>
        <span className="finding-basis">依据：{finding.basis ?? rule.basis}</span>
      </button>
      <FindingActions finding={finding} onExplain={onExplain} onStatus={onStatus} />
    </li>
  );
}

/** 情况属实 / 撤回说明, 空白填0 for a table's blanks, and the rule's help. */
function FindingActions({
  finding,
  onExplain,
  onStatus,
}: {
  finding: Finding;
  onExplain: (finding: Finding) => void;
  onStatus: (message: string) => void;
}) {
  const engine = useEditor();
  const openHelp = useHelp();
  const explained = finding.explained;
  const table =
    finding.rule === 'BLANK_CELL'
      ? cellsOf(engine.template).get(finding.cells[0] ?? '')?.table
      : undefined;
  return (
    <div className="finding-actions">
      {explainable(finding) && (
        <button
          type="button"
          onClick={() => {
            onExplain(finding);
          }}
        >
          情况属实，填写说明
        </button>
      )}
      {explained && (
        <button
          type="button"
          onClick={() => {
            engine.withdraw(finding);
            onStatus('已撤回说明，这一项重新列为警告。');
          }}
        >
          撤回说明
        </button>
      )}
      {table && (
        <button
          type="button"
          onClick={() => {
            onStatus(`${engine.template.tables[table].name}：${fillZeros(engine, table)}`);
          }}
        >
          空白填0
        </button>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          openHelp({ rule: finding.rule });
        }}
      >
        这条规则是什么意思
      </button>
    </div>
  );
}
