import { useEffect, useState } from 'react';
import { Editor, type EditorNotice } from '../editor/editor';
import {
  deleteDraft,
  openDraft,
  rememberOpenDraft,
  type DraftLookup,
  type DraftRecord,
} from '../../workspace/drafts';
import { reloadPage } from '../update/reload-page';
import { DamagedDraftItem, damagedLabel } from './damaged-draft';
import { DeleteDialog } from './delete-dialog';

type Opened = DraftLookup | { readonly kind: 'failed'; readonly message: string };

/** One draft by id: the editor, or why it cannot be opened (and the way back to the list). */
export function DraftRoute({
  id,
  onHome,
  onOpen,
}: {
  id: string;
  onHome: () => void;
  onOpen: (id: string) => void;
}) {
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  // A restored version or another format reopens the editor on the new record.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<EditorNotice | undefined>(undefined);
  const [deleting, setDeleting] = useState<string | null>(null);

  useEffect(() => {
    openDraft(id).then(
      (found) => {
        setOpened(found);
        // Only a draft that opens is reopened next time: a bad pointer never traps the user.
        void rememberOpenDraft(found.kind === 'ok' ? id : undefined).catch(() => undefined);
      },
      (error: unknown) => {
        setOpened({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  }, [id]);

  if (opened === undefined) return <p className="loading">正在打开草稿…</p>;
  if (opened.kind === 'ok') {
    const replace = (record: DraftRecord, next?: EditorNotice) => {
      setOpened({ kind: 'ok', record });
      setNotice(next);
      setGeneration((g) => g + 1);
    };
    return (
      <Editor
        key={generation}
        record={opened.record}
        unsaved={opened.unsaved}
        outdated={opened.outdated}
        notice={notice}
        onReplace={replace}
        onOpen={onOpen}
        onClose={() => {
          void rememberOpenDraft(undefined)
            .catch(() => undefined)
            .then(() => {
              onHome();
            });
        }}
      />
    );
  }
  return (
    <main className="home">
      <div className="form-error" role="alert">
        {opened.kind === 'missing'
          ? '找不到这份草稿（可能已被删除）。'
          : opened.kind === 'damaged'
            ? '这份草稿已损坏，无法打开。可以下载它的原始数据，或删除它。'
            : opened.kind === 'newer'
              ? '这份草稿已由本工具的新版本保存，本页的程序较旧，无法打开。请刷新页面以使用新版本。'
              : `无法读取草稿：${opened.message}`}
      </div>
      {opened.kind === 'newer' && (
        <button type="button" className="primary" onClick={() => void reloadPage()}>
          刷新页面
        </button>
      )}
      {opened.kind === 'damaged' && (
        <ul className="damaged-list">
          <DamagedDraftItem
            damaged={opened.damaged}
            onDelete={() => {
              setDeleting(damagedLabel(opened.damaged));
            }}
          />
        </ul>
      )}
      {opened.kind === 'damaged' && (
        <DeleteDialog
          label={deleting}
          onConfirm={() => {
            setDeleting(null);
            deleteDraft({ id: opened.damaged.id }).then(onHome, () => undefined); // a failure shows in the banner
          }}
          onClose={() => {
            setDeleting(null);
          }}
        />
      )}
      <button type="button" onClick={onHome}>
        返回草稿列表
      </button>
    </main>
  );
}
