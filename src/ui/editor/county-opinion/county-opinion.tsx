import { useRef } from 'react';
import { createPortal } from 'react-dom';
import {
  answerItem,
  CONCLUSION_LABELS,
  findingMatches,
  formatDate,
  isOpen,
  type ReviewOpinionState,
} from '../../../core';
import { ConfirmDialog } from '../../confirm-dialog';
import { useStore } from '../../use-store';
import { useEditor, useFindings } from '../state/use-editor-state';
import { OpinionEntry } from './opinion-entry';
import { useOpinionImport } from './use-opinion-import';
import { useOpinionDrop } from './use-opinion-drop';
import './county-opinion.css';

/**
 * 县级审核意见 in the checks panel: the county's opinion on this report, imported (导入审核意见, or
 * a file dropped on the page), each item at its cells with 已整改 or an answer in words. The
 * answers are kept in the report, so the next export (report file, Word) carries them back.
 */
export function CountyOpinion() {
  const engine = useEditor();
  const state = useStore(engine.reviewOpinion);
  const { message, other, receive, onFile, cancel } = useOpinionImport(engine);
  const picker = useRef<HTMLInputElement>(null);
  const over = useOpinionDrop(onFile);

  return (
    <section
      className={state ? 'county-opinion' : 'county-opinion empty'}
      aria-label="县级审核意见"
    >
      {/* On the body: the checks panel contains its layout, a fixed box in it stays in it. */}
      {over &&
        createPortal(
          <div className="opinion-drop-hint">松开鼠标，导入县级审核意见</div>,
          document.body,
        )}
      {state ? (
        <OpinionItems state={state} onChange={engine.setReviewOpinion} />
      ) : (
        <h3>县级审核意见</h3>
      )}
      <p className="opinion-import">
        <button
          type="button"
          onClick={() => {
            picker.current?.click();
          }}
        >
          {state ? '导入新的审核意见' : '导入审核意见'}
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          accept=".json,.docx,application/json"
          aria-label="选择审核意见文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
        {!state && (
          <span className="hint">县里的审核意见（.docx 或 .json）也可以直接拖到本页。</span>
        )}
      </p>
      <p className="checks-status" role="status">
        {message}
      </p>
      {/* Only while asking: its heading is not one of the checks panel's. */}
      {other && (
        <ConfirmDialog
          open
          title="导入其他单位的审核意见？"
          confirmLabel="仍然导入"
          onConfirm={() => {
            receive(other.opinion);
          }}
          onClose={cancel}
        >
          <p>{other.why}请确认打开的是对应的草稿。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** The opinion's head and its items: those asking something first, the rest folded. */
function OpinionItems({
  state,
  onChange,
}: {
  state: ReviewOpinionState;
  onChange: (state: ReviewOpinionState | undefined) => void;
}) {
  const findings = useFindings();
  const { opinion, answers } = state;
  const asked = opinion.items.filter(isOpen);
  const rest = opinion.items.filter((i) => !isOpen(i) && i.disposition !== 'doubt');
  const done = asked.filter((i) => answers[i.id]).length;
  return (
    <>
      <h3>
        县级审核意见
        <span className={asked.length > done ? 'count-warning' : 'count-ok'}>
          {' '}
          {asked.length > done ? `${asked.length - done} 项待处理` : '已全部处理'}
        </span>
      </h3>
      <p className="hint">
        {opinion.issuer || '审核单位'}
        {opinion.date ? ` ${formatDate(opinion.date)}` : ''}，结论：
        {CONCLUSION_LABELS[opinion.conclusion]}
        {opinion.comment ? `。其他意见：${opinion.comment}` : ''}
      </p>
      <ol className="finding-list">
        {asked.map((item) => (
          <OpinionEntry
            key={item.id}
            item={item}
            answer={answers[item.id]}
            found={findings.some((f) => findingMatches(item, f))}
            onAnswer={(answer) => {
              onChange(answerItem(state, item.id, answer));
            }}
          />
        ))}
      </ol>
      {rest.length > 0 && (
        <details className="opinion-rest">
          <summary>其他审核意见（{rest.length} 项，无需处理）</summary>
          <ul>
            {rest.map((item) => (
              <li key={item.id}>
                {item.title}：{item.message}
                {item.disposition === 'explained-accepted' ? '（说明已认可）' : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
