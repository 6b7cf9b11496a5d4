import { download, safeFileName } from '../../workspace/platform/download';
import type { DamagedDraft } from '../../workspace/drafts';

/** The stored value as it is, for whoever can repair it. */
export function downloadRaw(damaged: DamagedDraft): void {
  let text: string;
  try {
    // Text that is not JSON at all (a torn entry) is given back as the text it is.
    text = typeof damaged.raw === 'string' ? damaged.raw : JSON.stringify(damaged.raw, null, 2);
  } catch {
    text = String(damaged.raw);
  }
  const what = damaged.journal === undefined ? '已损坏的草稿' : '已损坏的未保存修改';
  download(safeFileName(`${what}-${damaged.id}.json`), text, 'application/json');
}

/** How the list names a damaged record or damaged unsaved changes. */
export function damagedLabel(damaged: DamagedDraft): string {
  const what = damaged.journal === undefined ? '已损坏的草稿' : '已损坏的未保存修改';
  return `${what} ${damaged.id.slice(0, 8)}`;
}

/** One damaged record: why, its raw download and delete. */
export function DamagedDraftItem({
  damaged,
  onDelete,
}: {
  damaged: DamagedDraft;
  onDelete: (damaged: DamagedDraft) => void;
}) {
  const label = damagedLabel(damaged);
  return (
    <li>
      <span>
        {label}：{damaged.message}
      </span>{' '}
      <button
        type="button"
        onClick={() => {
          downloadRaw(damaged);
        }}
      >
        下载原始数据（.json）
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          onDelete(damaged);
        }}
        aria-label={`删除 ${label}`}
      >
        删除
      </button>
    </li>
  );
}
