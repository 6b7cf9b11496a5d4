/**
 * 离线保存 OCR 识别包 (hosted build): the service worker keeps the pack once it has been used; a
 * user who means to read scans offline later keeps it now, with this button.
 */
import { useEffect, useState } from 'react';
import { packSavedOffline, savePackOffline } from './pack-offline';

type State = 'checking' | 'unsaved' | 'saving' | 'saved' | { failed: string };

export function OcrOfflineSave() {
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    let live = true;
    void packSavedOffline().then(
      (saved) => {
        if (live) setState(saved ? 'saved' : 'unsaved');
      },
      () => {
        if (live) setState('unsaved');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (state === 'checking') return null;
  if (state === 'saved') {
    return <p className="hint">OCR 识别包已离线保存在本浏览器中：断网时也能识别扫描件。</p>;
  }
  return (
    <p className="hint">
      <button
        type="button"
        disabled={state === 'saving'}
        onClick={() => {
          setState('saving');
          void savePackOffline().then((saved) => {
            setState(saved.ok ? 'saved' : { failed: saved.message });
          });
        }}
      >
        {state === 'saving' ? '正在离线保存…' : '离线保存 OCR 识别包'}
      </button>{' '}
      {typeof state === 'object' ? (
        <span role="alert">{state.failed}</span>
      ) : (
        '约 30 MB；保存后断网也能识别（不保存时，首次识别后自动保存）。'
      )}
    </p>
  );
}
