import {
  DOUBT_HEADING,
  LEVEL_LABELS,
  readingDoubt,
  RULES,
  type Finding,
  type FindingDecision,
} from '../../core';
import { DecisionControls } from './decision-controls';

/**
 * One finding with the reviewer's decision: confirm it, or dismiss it with a reason. A warning the
 * 机关 explained (情况属实) shows as 已说明 with its reason, for the reviewer to accept (words
 * optional) or not (words required: the unit reads them in the opinion).
 */
export function FindingItem({
  finding,
  decision,
  onDecide,
  onShow,
}: {
  finding: Finding;
  decision: FindingDecision | undefined;
  onDecide: (decision: FindingDecision | undefined) => void;
  onShow: () => void;
}) {
  const explained = finding.explained;
  const doubt = readingDoubt(finding);
  return (
    <li
      className={`finding finding-${finding.severity}${explained ? ' finding-explained' : ''}${decision?.decision === 'dismissed' ? ' dismissed' : ''}`}
      data-rule={finding.rule}
      data-explained={explained ? 'true' : undefined}
    >
      <p>
        <span className="finding-severity">
          {explained
            ? `已说明（${LEVEL_LABELS[finding.severity]}）`
            : LEVEL_LABELS[finding.severity]}
        </span>{' '}
        <span className="finding-rule" title={finding.rule}>
          {RULES[finding.rule].title}
        </span>
        {doubt && <span className="finding-doubt">读取存疑</span>}
      </p>
      <p>
        {finding.cells.length > 0 ? (
          <button type="button" className="link" onClick={onShow}>
            {finding.message}
          </button>
        ) : (
          finding.message
        )}
      </p>
      {doubt && (
        <p className="finding-doubt-reason" data-doubt="true">
          {DOUBT_HEADING}：{doubt.reason}（读取存疑，不计为报告的错误）
        </p>
      )}
      {explained && <p className="explained-reason">机关的说明：{explained.reason}</p>}
      <DecisionControls finding={finding} decision={decision} onDecide={onDecide} />
    </li>
  );
}
