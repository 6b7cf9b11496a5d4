/** Restoring an earlier version, and undoing that; each reopens the editor on the saved result. */
import type { Report } from '../../core';
import { type DraftRecord, type DraftVersion } from '../../workspace/drafts';
import type { EditorNotice } from './notice-bar';
import { useEditor } from './state/use-editor-state';

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

export function useRestore(onReplace: (record: DraftRecord, notice?: EditorNotice) => void) {
  const engine = useEditor();
  const restore = async (version: DraftVersion) => {
    const time = TIME.format(version.savedAt);
    const done = await engine.replaceWith(
      version.report,
      `恢复 ${time} 的版本`,
      '恢复前的版本',
      `恢复 ${time} 的版本`,
    );
    // Undone, back to the report it replaced as stored: another tab's save merged in is kept.
    if (done) onReplace(done.record, { message: `已恢复到 ${time} 的版本。`, undo: done.before });
  };
  const undo = async (report: Report) => {
    const done = await engine.replaceWith(report, '撤销恢复');
    if (done) onReplace(done.record, { message: '已撤销恢复，回到恢复前的内容。' });
  };
  return { restore, undo };
}
