import { download } from '../download';
import type { DamagedDraft } from '../storage/drafts-db';

/** The stored value as it is, for whoever can repair it. */
export function downloadRaw(damaged: DamagedDraft): void {
  let text: string;
  try {
    text = JSON.stringify(damaged.raw, null, 2);
  } catch {
    text = String(damaged.raw);
  }
  download(`已损坏的草稿-${damaged.id}.json`, text, 'application/json');
}

/** One damaged record: why, its raw download and delete. */
export function DamagedDraftItem({
  damaged,
  onDelete,
}: {
  damaged: DamagedDraft;
  onDelete: (damaged: DamagedDraft) => void;
}) {
  const label = `已损坏的草稿 ${damaged.id.slice(0, 8)}`;
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
