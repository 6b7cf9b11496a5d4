import { useState } from 'react';
import {
  DECISION_LABELS,
  DOUBT_HEADING,
  LEVEL_LABELS,
  readingDoubt,
  RULES,
  type Finding,
  type FindingDecision,
} from '../../core';

/** What the decision means for a warning the 机关 explained: its explanation accepted or not. */
const ON_EXPLAINED = { dismissed: '认可说明', confirmed: '不认可说明' } as const;

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
  const [asking, setAsking] = useState<FindingDecision['decision'] | null>(null);
  const explained = finding.explained;
  const labels = explained ? ON_EXPLAINED : DECISION_LABELS;
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
      {decision ? (
        <p className="decision">
          {labels[decision.decision]}
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
      ) : asking === null ? (
        <p className="decision-actions">
          {explained ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setAsking('dismissed');
                }}
              >
                认可说明…
              </button>
              <button
                type="button"
                onClick={() => {
                  setAsking('confirmed');
                }}
              >
                不认可说明…
              </button>
            </>
          ) : (
            <>
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
                  setAsking('dismissed');
                }}
              >
                不作为问题…
              </button>
            </>
          )}
        </p>
      ) : (
        <WordsForm
          label={
            explained ? (asking === 'dismissed' ? '审核意见（可不填）' : '不认可的理由') : '理由'
          }
          required={!(explained && asking === 'dismissed')}
          saveLabel={explained ? labels[asking] : '保存理由'}
          onSave={(why) => {
            onDecide({ decision: asking, reason: why });
          }}
          onCancel={() => {
            setAsking(null);
          }}
        />
      )}
    </li>
  );
}

/** The reviewer's words on a decision: saved with Enter or the button. */
function WordsForm({
  label,
  required,
  saveLabel,
  onSave,
  onCancel,
}: {
  label: string;
  required: boolean;
  saveLabel: string;
  onSave: (words: string) => void;
  onCancel: () => void;
}) {
  const [words, setWords] = useState('');
  return (
    <form
      className="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (words.trim() || !required) onSave(words.trim());
      }}
    >
      <label>
        {label}
        <input
          value={words}
          required={required}
          autoFocus
          onChange={(e) => {
            setWords(e.target.value);
          }}
        />
      </label>
      <button type="submit">{saveLabel}</button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
