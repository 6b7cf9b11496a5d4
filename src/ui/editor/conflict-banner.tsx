import { copyAsDraft, storedDraft, type DraftRecord } from '../../workspace/drafts';
import { useConflict, useEditor } from './state/use-editor-state';

/** Another tab changed the same fields: reload its version, or keep this tab's as a copy. */
export function ConflictBanner({
  onReplace,
  onOpen,
}: {
  onReplace: (record: DraftRecord) => void;
  onOpen: (id: string) => void;
}) {
  const engine = useEditor();
  const conflict = useConflict();
  if (!conflict) return null;

  const reload = async () => {
    await engine.discard();
    const found = await storedDraft(engine.id);
    if (found.kind === 'ok') onReplace(found.record);
  };
  const fork = async () => {
    const copy = await copyAsDraft(engine.currentReport());
    await engine.discard();
    onOpen(copy.id);
  };

  return (
    <div className="conflict-banner" role="alert">
      <p>
        <strong>此草稿已在其他标签页修改</strong>
        ，与本页的修改有冲突。为免覆盖，本页的修改暂不保存：请载入其他标签页的版本，或把本页的内容另存为副本。
      </p>
      <div className="dialog-actions left">
        <button type="button" onClick={() => void reload()}>
          载入其他标签页的版本
        </button>
        <button type="button" onClick={() => void fork()}>
          另存为副本
        </button>
      </div>
    </div>
  );
}
