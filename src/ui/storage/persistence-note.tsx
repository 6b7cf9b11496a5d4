import { useEffect, useState } from 'react';
import {
  downloadAllDrafts,
  downloadOpenDrafts,
  requestPersistence,
  closedOn,
  closeOn,
  forgetClosed,
  spaceIsLow,
  type StorageSituation,
} from '../../workspace/storage-status';

/**
 * The browser may clear this page's data (persistence refused) or is nearly full: said once, with
 * the download that protects the work right on it, closable; shown again only when the situation
 * changes (persistence-note-setting.ts). In a draft it offers that draft's report file, on the
 * list every draft.
 */
export function PersistenceNote({ inDraft }: { inDraft: boolean }) {
  const [situation, setSituation] = useState<StorageSituation | null>(null);
  const [closed, setClosed] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    let live = true;
    void Promise.all([requestPersistence(), spaceIsLow()]).then(([persistence, lowSpace]) => {
      if (!live) return;
      if (persistence === 'granted') forgetClosed();
      const next = { refused: persistence === 'refused', lowSpace };
      setSituation(next);
      setClosed(closedOn(next));
    });
    return () => {
      live = false;
    };
  }, []);
  if (!situation || closed || (!situation.refused && !situation.lowSpace)) return null;
  return (
    <aside className="storage-note" aria-label="数据保存提示">
      <p>
        {situation.lowSpace
          ? '浏览器存储空间将满，草稿可能无法继续保存。'
          : '浏览器没有同意长期保存本页数据：磁盘空间紧张时，浏览器可能清除草稿。'}
        请下载报告文件备份，需要时用“导入报告”打开。
      </p>
      <button
        type="button"
        onClick={() => {
          if (inDraft) downloadOpenDrafts();
          else
            void downloadAllDrafts().then((count) => {
              setSaid(count === 0 ? '还没有草稿，无需备份。' : '');
            });
        }}
      >
        {inDraft ? '下载报告文件' : '下载全部草稿'}
      </button>
      {/* A live region, not role=status: the page's own status lines stay the only ones. */}
      <span aria-live="polite">{said}</span>
      <button
        type="button"
        className="storage-note-close"
        aria-label="关闭提示"
        onClick={() => {
          closeOn(situation);
          setClosed(true);
        }}
      >
        ×
      </button>
    </aside>
  );
}
