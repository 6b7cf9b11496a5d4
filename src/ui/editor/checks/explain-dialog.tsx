import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { RULES, type Finding } from '../../../core';
import { useModal } from '../../use-modal';
import { useEditor } from '../state/use-editor-state';

/** The longest reason kept: a few sentences, not a second report. */
const MAX_REASON = 500;

/**
 * 情况属实，填写说明: the clerk says a warning is right as it stands and why. The reason is kept
 * with the report (it autosaves like any edit) until one of the finding's cells changes.
 */
export function ExplainDialog({
  finding,
  onClose,
  onSaved,
}: {
  /** The warning to explain, or null when the dialog is closed. */
  finding: Finding | null;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const ref = useModal(finding !== null);
  const text = useRef<HTMLTextAreaElement | null>(null);
  const title = useId();
  // After the dialog is shown (useModal's effect runs first): the reason is what one types.
  useEffect(() => {
    if (finding) text.current?.focus();
  }, [finding]);
  return (
    <dialog ref={ref} aria-labelledby={title} onClose={onClose}>
      <h2 id={title}>情况属实，填写说明</h2>
      {finding && (
        <ExplainForm
          key={`${finding.rule}|${finding.cells.join(',')}|${finding.message}`}
          finding={finding}
          text={text}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </dialog>
  );
}

function ExplainForm({
  finding,
  text,
  onClose,
  onSaved,
}: {
  finding: Finding;
  text: RefObject<HTMLTextAreaElement | null>;
  onClose: () => void;
  onSaved: (() => void) | undefined;
}) {
  const engine = useEditor();
  const [reason, setReason] = useState(finding.explained?.reason ?? '');
  const [error, setError] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError('请填写说明：写明为什么这项情况属实（如数字的来历、所依据的文件）。');
          text.current?.focus();
          return;
        }
        engine.explain(finding, reason);
        onClose();
        onSaved?.();
      }}
    >
      <p className="explain-finding">{finding.message}</p>
      <p className="hint">依据：{RULES[finding.rule].basis}</p>
      <label className="explain-reason">
        说明
        <textarea
          ref={text}
          name="reason"
          rows={4}
          maxLength={MAX_REASON}
          value={reason}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'explain-error' : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            if (e.target.value.trim()) setError('');
          }}
        />
      </label>
      {error && (
        <p id="explain-error" className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="hint">
        说明随报告保存；这一项涉及的数字或文字一旦修改，说明自动失效，需重新核实。
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary">
          保存说明
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </form>
  );
}
