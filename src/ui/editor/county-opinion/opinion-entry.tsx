import { useState } from 'react';
import {
  LEVEL_LABELS,
  type ClerkAnswer,
  type Finding,
  type OpinionFileItem,
  type RuleId,
} from '../../../core';
import { showFinding } from '../checks/finding-target';

/** Up to this many cells are named; more are only counted (a click marks them in the table). */
const WHERE_SHOWN = 4;

/** The item as a finding for the page's "show its cells" (its rule, cells and field). */
function asFinding(item: OpinionFileItem): Finding {
  return {
    rule: item.rule as RuleId,
    severity: item.severity,
    message: item.message,
    cells: item.cells,
    ...(item.field ? { field: item.field } : {}),
  };
}

/** What the county asked, in its words: the rule, the finding, where, the fix or its verdict. */
function Asked({ item }: { item: OpinionFileItem }) {
  return (
    <>
      <span className="finding-severity">县级审核意见（{LEVEL_LABELS[item.severity]}）</span>
      <span className="finding-rule" title={item.rule}>
        {item.title}
      </span>
      <span className="finding-message">{item.message}</span>
      {item.where && (
        <span className="finding-fix">
          {item.cells.length > WHERE_SHOWN
            ? `涉及 ${item.cells.length} 个单元格（点击在表中标出）`
            : `涉及：${item.where}`}
        </span>
      )}
      {item.disposition === 'explained-rejected' ? (
        <span className="finding-fix">
          本单位的说明：{item.explanation ?? ''}。审核意见：不认可该说明
          {item.note ? `，${item.note}` : ''}。
        </span>
      ) : (
        <span className="finding-fix">
          修改建议：{item.fix}
          {item.note ? ` 审核意见：${item.note}` : ''}
        </span>
      )}
    </>
  );
}

/**
 * One item of the county's opinion: a click shows its cells; the clerk marks it 已整改 or
 * answers it in words (撤销 takes the answer back). Whether the checks still find it is shown
 * beside, live, so 已整改 is not claimed for a problem still there without the clerk seeing it.
 */
export function OpinionEntry({
  item,
  answer,
  found,
  onAnswer,
}: {
  item: OpinionFileItem;
  answer: ClerkAnswer | undefined;
  /** The checks still find it in the draft. */
  found: boolean;
  onAnswer: (answer: ClerkAnswer | undefined) => void;
}) {
  const [answering, setAnswering] = useState(false);
  const at = () => new Date().toISOString();
  return (
    <li
      className="finding-item opinion-item"
      data-item={item.id}
      data-answer={answer?.state ?? 'open'}
    >
      <button
        type="button"
        className={`finding finding-${item.severity}${answer ? ' finding-explained' : ''}`}
        data-rule={item.rule}
        onClick={() => {
          showFinding(asFinding(item));
        }}
      >
        <Asked item={item} />
      </button>
      <p className={found ? 'opinion-live still' : 'opinion-live gone'}>
        {found ? '当前检查：仍发现该问题' : '当前检查：已不再发现该问题'}
      </p>
      {answer ? (
        <p className="opinion-answer">
          <strong>{answer.state === 'fixed' ? '已整改' : '已答复'}</strong>
          {answer.text ? `：${answer.text}` : ''}
          {answer.state === 'fixed' && found && (
            <span className="form-error">（检查仍发现该问题，请核对）</span>
          )}{' '}
          <button
            type="button"
            onClick={() => {
              onAnswer(undefined);
            }}
          >
            撤销
          </button>
        </p>
      ) : answering ? (
        <AnswerForm
          onSave={(text) => {
            setAnswering(false);
            onAnswer({ state: 'answered', text, at: at() });
          }}
          onCancel={() => {
            setAnswering(false);
          }}
        />
      ) : (
        <div className="finding-actions">
          <button
            type="button"
            onClick={() => {
              onAnswer({ state: 'fixed', text: '', at: at() });
            }}
          >
            已整改
          </button>
          <button
            type="button"
            onClick={() => {
              setAnswering(true);
            }}
          >
            答复…
          </button>
        </div>
      )}
    </li>
  );
}

/** The clerk's answer in words: required, saved with the button (Enter adds a line). */
function AnswerForm({
  onSave,
  onCancel,
}: {
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  return (
    <form
      className="opinion-answer-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text.trim());
      }}
    >
      <label>
        答复审核意见
        <textarea
          rows={3}
          value={text}
          required
          autoFocus
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
      <div className="finding-actions">
        <button type="submit">保存答复</button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
