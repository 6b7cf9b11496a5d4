import { useStore } from '../use-store';
import { updateStatus } from './service-worker';

/** A new version is installed and waits: say so; it takes over by itself at a safe moment. */
export function UpdateBanner() {
  const status = useStore(updateStatus);
  if (status !== 'ready') return null;
  return (
    <p className="app-banner update-banner" role="status">
      <strong>新版本已就绪。</strong>
      修改保存完毕、没有打开的对话框时，本页会自动切换到新版本（打开的各标签页一起切换），无需操作。
    </p>
  );
}
