import { useStore } from '../use-store';
import {
  downloadOpenDrafts,
  unsavedDraftCount,
  STORAGE_MESSAGES,
  storageHealth,
} from '../../workspace/storage-status';
import { PersistenceNote } from './persistence-note';

/**
 * The page's storage state: a banner when saving fails, a note (said once) when persistence is
 * refused or space is low (not while the banner shows). `inDraft`: a draft is open (the note offers its report file).
 */
export function StorageStatus({ inDraft = false }: { inDraft?: boolean }) {
  const health = useStore(storageHealth);
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
      {/* While saving fails the banner already says to download: the note would only repeat it. */}
      {health.kind === 'ok' && <PersistenceNote inDraft={inDraft} />}
    </>
  );
}
