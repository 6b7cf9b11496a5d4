import { summaryName, type DamagedDraft, type DraftSummary } from '../../workspace/drafts';
import { reloadPage } from '../update/reload-page';
import { DamagedDraftItem, damagedLabel } from './damaged-draft';
import { LazyDraftsTable as DraftsTable } from './lazy-drafts-table';

export type DraftsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string; readonly drafts: DraftSummary[] }
  | {
      readonly kind: 'ok';
      readonly drafts: DraftSummary[];
      readonly damaged: DamagedDraft[];
      readonly newer: string[];
    };

/** 我的草稿: the drafts table, and the damaged records apart with their download and delete. */
export function DraftsSection({
  state,
  onOpen,
  onDuplicate,
  onRollForward,
  onDelete,
}: {
  state: DraftsState;
  onOpen: (draft: DraftSummary) => void;
  onDuplicate: (draft: DraftSummary) => void;
  onRollForward: (draft: DraftSummary) => void;
  onDelete: (target: { id: string; label: string; damaged?: DamagedDraft }) => void;
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
                onDelete({ id: d.id, label: summaryName(d) });
              }}
            />
          )}
        </>
      ) : state.drafts.length === 0 && state.damaged.length === 0 && state.newer.length === 0 ? (
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
                onDelete({ id: d.id, label: summaryName(d) });
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
                      onDelete({ id: damaged.id, label: damagedLabel(damaged), damaged });
                    }}
                  />
                ))}
              </ul>
            </div>
          )}
          {state.newer.length > 0 && <NewerDrafts count={state.newer.length} />}
        </>
      )}
    </section>
  );
}

/** Drafts newer code saved: this page cannot open them; a reload brings that code. */
function NewerDrafts({ count }: { count: number }) {
  return (
    <div className="damaged" role="group" aria-label="新版本保存的草稿">
      <h3>新版本保存的草稿（{count}）</h3>
      <p>
        这些草稿已由本工具的新版本保存，本页的程序较旧，无法打开。刷新页面即可使用新版本打开它们。
      </p>
      <button type="button" className="primary" onClick={() => void reloadPage()}>
        刷新页面
      </button>
    </div>
  );
}
