import { useEffect, useState } from 'react';
import type { Report } from '../../../core';
import { ImportPanel } from '../../import/import-panel';
import { openDraft, listDrafts, summaryName, type DraftSummary } from '../../../workspace/drafts';
import { useModal } from '../../use-modal';

/** 关联上年报告: choose last year's report among the other drafts, or import it from a file. */
export function LastYearDialog({
  open,
  currentId,
  onPick,
  onClose,
}: {
  open: boolean;
  currentId: string;
  onPick: (report: Report) => void;
  onClose: () => void;
}) {
  const ref = useModal(open);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    listDrafts().then(
      (list) => {
        if (current) setDrafts(list.drafts.filter((d) => d.id !== currentId));
      },
      () => undefined, // without storage there are no drafts to pick; the file import still works
    );
    return () => {
      current = false;
    };
  }, [open, currentId]);

  return (
    <dialog ref={ref} aria-labelledby="last-year-title" className="wide-dialog" onClose={onClose}>
      <h2 id="last-year-title">关联上年报告</h2>
      {drafts.length > 0 && (
        <>
          <h3>从草稿中选择</h3>
          <ul className="examples">
            {drafts.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  onClick={() => {
                    // The list holds summaries: the report is read when chosen.
                    void openDraft(d.id)
                      .then((found) => {
                        if (found.kind === 'ok') onPick(found.record.report);
                      })
                      .catch(() => undefined); // a failure shows in the storage banner
                  }}
                >
                  {summaryName(d)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {open && (
        <ImportPanel
          title={drafts.length > 0 ? '或导入上年报告' : '导入上年报告'}
          hint="上年的报告文件、Word、网页、PDF 或文本均可。"
          confirmLabel="关联为上年报告"
          onImport={onPick}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </dialog>
  );
}
