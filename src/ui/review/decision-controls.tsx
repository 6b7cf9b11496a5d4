import { useState } from 'react';
import { DECISION_LABELS, type Finding, type FindingDecision } from '../../core';

/** What the decision means for a warning the 机关 explained: its explanation accepted or not. */
const ON_EXPLAINED = { dismissed: '认可说明', confirmed: '不认可说明' } as const;

/**
 * The reviewer's decision on one finding: the decision made (with 撤销), the buttons to make one,
 * or the words asked for before it is saved.
 */
export function DecisionControls({
  finding,
  decision,
  onDecide,
}: {
  finding: Finding;
  decision: FindingDecision | undefined;
  onDecide: (decision: FindingDecision | undefined) => void;
}) {
  const [asking, setAsking] = useState<FindingDecision['decision'] | null>(null);
  const explained = finding.explained;
  const labels = explained ? ON_EXPLAINED : DECISION_LABELS;
  if (decision)
    return (
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
    );
  if (asking === null)
    return <DecisionButtons explained={!!explained} onDecide={onDecide} onAsk={setAsking} />;
  return (
    <WordsForm
      label={explained ? (asking === 'dismissed' ? '审核意见（可不填）' : '不认可的理由') : '理由'}
      required={!(explained && asking === 'dismissed')}
      saveLabel={explained ? labels[asking] : '保存理由'}
      onSave={(why) => {
        onDecide({ decision: asking, reason: why });
      }}
      onCancel={() => {
        setAsking(null);
      }}
    />
  );
}

/** The buttons that start a decision: on an explained warning both ask for words first. */
function DecisionButtons({
  explained,
  onDecide,
  onAsk,
}: {
  explained: boolean;
  onDecide: (decision: FindingDecision) => void;
  onAsk: (decision: FindingDecision['decision']) => void;
}) {
  return (
    <p className="decision-actions">
      {explained ? (
        <>
          <button
            type="button"
            onClick={() => {
              onAsk('dismissed');
            }}
          >
            认可说明…
          </button>
          <button
            type="button"
            onClick={() => {
              onAsk('confirmed');
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
              onAsk('dismissed');
            }}
          >
            不作为问题…
          </button>
        </>
      )}
    </p>
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
