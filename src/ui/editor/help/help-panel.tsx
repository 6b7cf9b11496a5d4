import { lazy, Suspense } from 'react';
import { useModal } from '../../use-modal';
import type { HelpRequest } from './help-context';

// The texts of every rule load with the panel, not with the page.
const HelpBody = lazy(() => import('./help-body').then((m) => ({ default: m.HelpBody })));

/** 帮助: what each rule means, with an example, its basis and common mistakes; the keys. */
export function HelpPanel({
  request,
  onClose,
}: {
  /** What to show; undefined while the panel is closed. */
  request: HelpRequest | undefined;
  onClose: () => void;
}) {
  const ref = useModal(request !== undefined);
  return (
    <dialog
      ref={ref}
      aria-labelledby="help-title"
      className="wide-dialog help-panel"
      onClose={onClose}
    >
      <div className="help-top">
        <h2 id="help-title">帮助</h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {request && (
        <Suspense fallback={<p className="loading">正在打开帮助…</p>}>
          <HelpBody request={request} />
        </Suspense>
      )}
    </dialog>
  );
}
