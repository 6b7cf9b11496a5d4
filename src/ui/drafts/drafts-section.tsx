import type { DamagedDraft, DraftRecord } from '../storage/drafts-db';
import { DamagedDraftItem } from './damaged-draft';
import { LazyDraftsTable as DraftsTable } from './lazy-drafts-table';

export type DraftsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string; readonly drafts: DraftRecord[] }
  | { readonly kind: 'ok'; readonly drafts: DraftRecord[]; readonly damaged: DamagedDraft[] };

/** 我的草稿: the drafts table, and the damaged records apart with their download and delete. */
export function DraftsSection({
  state,
  onOpen,
  onDuplicate,
  onRollForward,
  onDelete,
}: {
  state: DraftsState;
  onOpen: (draft: DraftRecord) => void;
  onDuplicate: (draft: DraftRecord) => void;
  onRollForward: (draft: DraftRecord) => void;
  onDelete: (target: { id: string; label: string }) => void;
}) {
  return (
    <section className="panel" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">我的草稿</h2>
      <p className="hint">草稿只保存在本机浏览器中，每次修改立即保存，并保留历史版本。</p>
      {state.kind === 'loading' ? (
        <p>正在读取草稿…</p>
      ) : state.kind === 'failed' ? (
        <>
          <p className="form-error">无法读取草稿：{state.message}</p>
          {state.drafts.length > 0 && (
            <DraftsTable
              drafts={state.drafts}
              onOpen={onOpen}
              onDuplicate={onDuplicate}
              onRollForward={onRollForward}
              onDelete={(d) => {
                onDelete({ id: d.id, label: `${d.report.meta.org} ${d.report.meta.year}年` });
              }}
            />
          )}
        </>
      ) : state.drafts.length === 0 && state.damaged.length === 0 ? (
        <p className="empty">还没有草稿。请新建报告、打开报告文件或载入示例。</p>
      ) : (
        <>
          {state.drafts.length > 0 && (
            <DraftsTable
              drafts={state.drafts}
              onOpen={onOpen}
              onDuplicate={onDuplicate}
              onRollForward={onRollForward}
              onDelete={(d) => {
                onDelete({ id: d.id, label: `${d.report.meta.org} ${d.report.meta.year}年` });
              }}
            />
          )}
          {state.damaged.length > 0 && (
            <div className="damaged" role="group" aria-label="已损坏的草稿">
              <h3>已损坏的草稿（{state.damaged.length}）</h3>
              <ul className="damaged-list">
                {state.damaged.map((d) => (
                  <DamagedDraftItem
                    key={d.id}
                    damaged={d}
                    onDelete={(damaged) => {
                      onDelete({ id: damaged.id, label: `已损坏的草稿 ${damaged.id.slice(0, 8)}` });
                    }}
                  />
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
