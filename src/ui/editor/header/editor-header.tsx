import { useLayoutEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { renderHtml, type Report } from '../../../core';
import { ProfileButton } from '../../profile/profile-button';
import type { DraftVersion } from '../../../workspace/drafts';
import { BlankFormDialog } from '../export/blank-form-dialog';
import { ExportBar } from '../export/export-bar';
import { HeaderMoreActions } from './header-more-actions';
import { HistoryDialog } from './history-dialog';
import type { Printed } from '../export/print-preview';
import { RollForward } from '../last-year/roll-forward-action';
import { useClockBehind, useDurable, useEditor, useSaveState } from '../state/use-editor-state';
import { UndoButtons } from './undo-buttons';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'medium' });

/** The editor's top bar: back to the list, the title, the save state, history, the exports. */
export function EditorHeader({
  onClose,
  onPreview,
  onRestore,
}: {
  onClose: () => void;
  onPreview: (printed: Printed) => void;
  onRestore: (version: DraftVersion) => void;
}) {
  const { currentReport } = useEditor();
  const [blankForm, setBlankForm] = useState(false);
  const [history, setHistory] = useState(false);
  const [rollFrom, setRollFrom] = useState<Report | undefined>(undefined);
  const ref = useHeaderHeight();
  return (
    <header className="editor-top" ref={ref}>
      <button type="button" className="back" aria-label="← 草稿列表" onClick={onClose}>
        ←<span className="back-label"> 草稿列表</span>
      </button>
      <EditorTitle />
      <SaveIndicator />
      <EditorProfile />
      <UndoButtons />
      <ExportBar
        onPreview={() => {
          onPreview({ html: renderHtml(currentReport()), label: '打印预览' });
        }}
        more={
          <HeaderMoreActions
            onBlankForm={() => {
              setBlankForm(true);
            }}
            onHistory={() => {
              setHistory(true);
            }}
            onRollForward={() => {
              setRollFrom(currentReport());
            }}
          />
        }
      />
      <BlankFormDialog
        open={blankForm}
        onClose={() => {
          setBlankForm(false);
        }}
        onPrint={onPreview}
      />
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
      <RollForward
        report={rollFrom}
        onClose={() => {
          setRollFrom(undefined);
        }}
      />
    </header>
  );
}

/**
 * The header's height as `--editor-top-h` on the editor: it wraps on narrow screens, and the
 * sticky navigation and checks sit below it.
 */
function useHeaderHeight() {
  const ref = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const header = ref.current;
    const editor = header?.parentElement;
    if (!header || !editor) return;
    const measure = () => {
      editor.style.setProperty('--editor-top-h', `${header.offsetHeight}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => {
      observer.disconnect();
    };
  }, []);
  return ref;
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

/** 地方要求 for this draft's year (it applies to the drafts of its own year). */
function EditorProfile() {
  const { form } = useEditor();
  const year = useWatch({ control: form.control, name: 'meta.year' });
  return <ProfileButton year={Number(year) || undefined} />;
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
          : state.kind === 'outdated'
            ? '未保存：请刷新页面'
            : `未保存：${state.message}`}
      <ClockNote />
    </span>
  );
}

/** A save was stamped before the one it follows: the time shown may be wrong, the order is not. */
function ClockNote() {
  if (!useClockBehind()) return null;
  return (
    <span
      className="clock-note"
      title="本次保存的时间早于上一次保存：电脑的日期或时间可能被调回了。草稿和历史版本按保存顺序记录，不受影响；请检查电脑的日期和时间。"
    >
      （电脑时钟可能不准）
    </span>
  );
}
