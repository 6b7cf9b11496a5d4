import { useState } from 'react';
import { deleteDraft, type DraftLookup } from '../../workspace/drafts';
import { reloadPage } from '../update/reload-page';
import { DamagedDraftItem, damagedLabel } from './damaged-draft';
import { DeleteDialog } from './delete-dialog';

/** Why a draft did not open: a lookup other than ok, or the read itself failed. */
export type DraftOpenFailed =
  | Exclude<DraftLookup, { readonly kind: 'ok' }>
  | { readonly kind: 'failed'; readonly message: string };

/** A draft that cannot be opened: why, what can still be done with it, and the way back. */
export function DraftOpenFailure({
  opened,
  onHome,
}: {
  opened: DraftOpenFailed;
  onHome: () => void;
}) {
  const [deleting, setDeleting] = useState<string | null>(null);
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
