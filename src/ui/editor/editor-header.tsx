import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Report } from '../../core';
import { RollForwardDialog } from '../roll-forward-dialog';
import { draftRecord, putDraft } from '../storage/drafts-db';
import type { DraftVersion } from '../storage/history';
import { ExportBar } from './export-bar';
import { HistoryDialog } from './history-dialog';
import { useDurable, useEditor, useSaveState } from './state/use-editor-state';
import { UndoButtons } from './undo-buttons';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'medium' });

/** The editor's top bar: back to the list, the title, the save state, history, the exports. */
export function EditorHeader({
  onClose,
  onPreview,
  onRestore,
}: {
  onClose: () => void;
  onPreview: () => void;
  onRestore: (version: DraftVersion) => void;
}) {
  const [history, setHistory] = useState(false);
  return (
    <header className="editor-top">
      <button type="button" onClick={onClose}>
        ← 草稿列表
      </button>
      <EditorTitle />
      <SaveIndicator />
      <UndoButtons />
      <button
        type="button"
        onClick={() => {
          setHistory(true);
        }}
      >
        历史版本
      </button>
      <RollForwardButton />
      <ExportBar onPreview={onPreview} />
      <HistoryDialog
        open={history}
        onClose={() => {
          setHistory(false);
        }}
        onRestore={(version) => {
          setHistory(false);
          onRestore(version);
        }}
      />
    </header>
  );
}

/** 新建下一年度报告 from the report as the form shows it now; the new draft opens. */
function RollForwardButton() {
  const { currentReport } = useEditor();
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setReport(currentReport());
        }}
      >
        新建下一年度报告
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      {report && (
        <RollForwardDialog
          report={report}
          open
          onClose={() => {
            setReport(undefined);
          }}
          onCreate={(next) => {
            const record = draftRecord(next);
            putDraft(record).then(
              () => {
                setReport(undefined);
                window.location.hash = `#/draft/${record.id}`;
              },
              (failure: unknown) => {
                setReport(undefined);
                setError(
                  `无法新建下一年度报告：${failure instanceof Error ? failure.message : String(failure)}`,
                );
              },
            );
          }}
        />
      )}
    </>
  );
}

function EditorTitle() {
  const { form } = useEditor();
  const [org, year] = useWatch({ control: form.control, name: ['meta.org', 'meta.year'] });
  return (
    <h1 className="editor-title">
      {org || '（未填写机关名称）'} {year}年政府信息公开工作年度报告
    </h1>
  );
}

function SaveIndicator() {
  const state = useSaveState();
  const durable = useDurable();
  return (
    <span
      className={`save-status save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-durable={durable}
    >
      {state.kind === 'saved'
        ? `已保存 ${TIME.format(state.at)}`
        : state.kind === 'pending'
          ? '正在保存…'
          : `未保存：${state.message}`}
    </span>
  );
}
