import { useWatch } from 'react-hook-form';
import { ExportBar } from './export-bar';
import { useEditor, useSaveState } from './state/use-editor-state';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'medium' });

/** The editor's top bar: back to the list, the report's title, the save state, the exports. */
export function EditorHeader({
  onClose,
  onPreview,
}: {
  onClose: () => void;
  onPreview: () => void;
}) {
  return (
    <header className="editor-top">
      <button type="button" onClick={onClose}>
        ← 草稿列表
      </button>
      <EditorTitle />
      <SaveIndicator />
      <ExportBar onPreview={onPreview} />
    </header>
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
  return (
    <span className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved'
        ? `已保存 ${TIME.format(state.at)}`
        : state.kind === 'pending'
          ? '正在保存…'
          : `保存失败：${state.message}`}
    </span>
  );
}
