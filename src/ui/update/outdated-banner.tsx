import { useState } from 'react';
import { outdated } from '../../workspace/storage-status';
import { useStore } from '../use-store';
import { reloadPage } from './reload-page';

/**
 * This page's code is older than data another tab wrote: it has stopped saving, its edits wait
 * in the journal, and one action brings the new code (the edits are merged in after it).
 */
export function OutdatedBanner() {
  const state = useStore(outdated);
  const [reloading, setReloading] = useState(false);
  if (!state) return null;
  return (
    <div className="app-banner outdated-banner" role="alert">
      <p>
        <strong>本工具已在其他标签页更新为新版本，本页的程序较旧。</strong>
        为免覆盖新版本保存的数据，本页已停止保存草稿；本页的修改暂存在浏览器中，刷新页面后会自动并入草稿。
      </p>
      <button
        type="button"
        className="primary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void reloadPage();
        }}
      >
        {reloading ? '正在刷新…' : '刷新页面'}
      </button>
    </div>
  );
}
