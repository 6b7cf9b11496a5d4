import { useEffect, useState } from 'react';
import { useStore } from '../use-store';
import { downloadOpenDrafts, unsavedDraftCount } from './open-drafts';
import { requestPersistence, type Persistence } from './persistence';
import { STORAGE_MESSAGES, storageHealth } from './storage-health';

/** The page's storage state: a banner when saving fails, a note when persistence is refused. */
export function StorageStatus() {
  const health = useStore(storageHealth);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);
  return (
    <>
      {health.kind !== 'ok' && (
        <div className="storage-banner" role="alert">
          <p>
            <strong>{STORAGE_MESSAGES[health.kind]}</strong>
            您的修改仍保留在本页中：关闭页面前请先下载草稿备份。此时新建或导入的草稿也只在本页中，复制草稿暂时无法进行。
          </p>
          {unsavedDraftCount() > 0 && (
            <button type="button" className="primary" onClick={downloadOpenDrafts}>
              下载全部打开的草稿
            </button>
          )}
        </div>
      )}
      {persistence === 'refused' && (
        <p className="storage-note" role="note">
          浏览器没有同意长期保存本页数据：磁盘空间紧张时，浏览器可能清除草稿。请定期“下载报告文件”备份。
        </p>
      )}
    </>
  );
}
