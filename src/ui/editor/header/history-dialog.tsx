import { useEffect, useRef, useState } from 'react';
import {
  changeSummary,
  CLOCK_SLACK_MS,
  describeChanges,
  draftVersions,
  type DraftVersion,
} from '../../../workspace/drafts';
import { useModal } from '../../use-modal';
import { useEditor } from '../state/use-editor-state';

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

/** 历史版本: the draft's earlier versions with their time and what changed; restore one. */
export function HistoryDialog({
  open,
  onClose,
  onRestore,
}: {
  open: boolean;
  onClose: () => void;
  onRestore: (version: DraftVersion) => void;
}) {
  // Opens on 关闭, not on a 恢复此版本 that Enter would press.
  const close = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(open, close);
  const { id } = useEditor();
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    draftVersions(id).then(
      (list) => {
        if (current) setVersions(list);
      },
      () => {
        if (current) setVersions([]);
      },
    );
    return () => {
      current = false;
    };
  }, [open, id]);

  return (
    <dialog ref={ref} aria-labelledby="history-title" className="wide-dialog" onClose={onClose}>
      <h2 id="history-title">历史版本</h2>
      <p className="hint">
        保留最近 30
        次保存（连续编辑时每分钟一个版本）和一年内每天的最后一个版本；恢复前的版本至少保留一天。按保存的先后排列。
      </p>
      {versions === null ? (
        <p>正在读取…</p>
      ) : versions.length === 0 ? (
        <p className="empty">还没有历史版本。</p>
      ) : (
        <ol className="history-list" aria-label="历史版本列表">
          {versions.map((version, i) => {
            const older = versions[i + 1];
            const time = TIME.format(version.savedAt);
            // Listed in the order saved; a time earlier than the version before means the clock.
            const clockBack =
              older !== undefined && version.savedAt < older.savedAt - CLOCK_SLACK_MS;
            return (
              <li key={version.key}>
                <strong>{time}</strong>
                {version.note && <span className="history-note">（{version.note}）</span>}
                {clockBack && (
                  <span className="clock-note">（时间早于上一个版本：电脑时钟可能不准）</span>
                )}
                <span className="history-changes">
                  {older
                    ? changeSummary(describeChanges(older.report, version.report))
                    : '最早的版本'}
                </span>
                <button
                  type="button"
                  // The name says which version; it starts with the visible word (label in name).
                  aria-label={`恢复第 ${versions.length - i} 个版本（${time}）`}
                  onClick={() => {
                    onRestore(version);
                  }}
                >
                  恢复
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" ref={close} onClick={onClose}>
          关闭
        </button>
      </div>
    </dialog>
  );
}
