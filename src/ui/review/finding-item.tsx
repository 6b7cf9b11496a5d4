import { useState } from 'react';
import {
  DECISION_LABELS,
  DOUBT_HEADING,
  LEVEL_LABELS,
  type Finding,
  type FindingDecision,
} from '../../core';

/**
 * One finding with the reviewer's decision: confirm it, or dismiss it with a reason. A warning the
 * 机关 explained (情况属实) shows as 已说明 with its reason, for the reviewer to accept or not.
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
  const [dismissing, setDismissing] = useState(false);
  return (
    <li
      className={`finding finding-${finding.severity}${finding.explained ? ' finding-explained' : ''}${decision?.decision === 'dismissed' ? ' dismissed' : ''}`}
      data-rule={finding.rule}
      data-explained={finding.explained ? 'true' : undefined}
    >
      <p>
        <span className="finding-severity">
          {finding.explained
            ? `已说明（${LEVEL_LABELS[finding.severity]}）`
            : LEVEL_LABELS[finding.severity]}
        </span>{' '}
        <code>{finding.rule}</code>{' '}
        {finding.cells.length > 0 ? (
          <button type="button" className="link" onClick={onShow}>
            {finding.message}
          </button>
        ) : (
          finding.message
        )}
      </p>
      {finding.doubt && (
        <p className="finding-doubt" data-doubt="true">
          {DOUBT_HEADING}：{finding.doubt.reason}（读取存疑，不计为报告的错误）
        </p>
      )}
      {finding.explained && (
        <p className="explained-reason">机关的说明：{finding.explained.reason}</p>
      )}
      {decision ? (
        <p className="decision">
          {DECISION_LABELS[decision.decision]}
          {decision.reason ? `：${decision.reason}` : ''}{' '}
          <button
            type="button"
            onClick={() => {
              onDecide(undefined);
            }}
          >
            撤销
          </button>
        </p>
      ) : !dismissing ? (
        <p className="decision-actions">
          <button
            type="button"
            onClick={() => {
              onDecide({ decision: 'confirmed', reason: '' });
            }}
          >
            确认问题
          </button>
          <button
            type="button"
            onClick={() => {
              setDismissing(true);
            }}
          >
            不作为问题…
          </button>
        </p>
      ) : (
        <DismissForm
          onSave={(why) => {
            onDecide({ decision: 'dismissed', reason: why });
          }}
          onCancel={() => {
            setDismissing(false);
          }}
        />
      )}
    </li>
  );
}

/** The reason for a dismissal: required, saved with Enter or the button. */
function DismissForm({
  onSave,
  onCancel,
}: {
  onSave: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSave(reason.trim());
      }}
    >
      <label>
        理由
        <input
          value={reason}
          required
          autoFocus
          onChange={(e) => {
            setReason(e.target.value);
          }}
        />
      </label>
      <button type="submit">保存理由</button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
