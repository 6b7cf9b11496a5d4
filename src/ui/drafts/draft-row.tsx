import { memo } from 'react';
import { getTemplate } from '../../core';
import type { DraftSummary } from '../../workspace/drafts';
import { DraftActions } from './draft-actions';
import type { DraftHandlers } from './drafts-columns';

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

/** One draft of the list: its cells in the order of DRAFT_COLUMNS; drawn again only if it changed. */
export const DraftRow = memo(function DraftRow({
  draft,
  handlers,
}: {
  draft: DraftSummary;
  handlers: DraftHandlers;
}) {
  return (
    <tr>
      <td>
        {draft.org || '（未填写机关名称）'}
        {/* A mark beside the name, never part of it: read as "（副本，复制自 …）", not "…政府副本". */}
        {draft.copyOf !== undefined && (
          <span className="draft-badge copy-badge" title={`复制自 ${draft.copyOf}`}>
            <span className="visually-hidden">（</span>副本
            <span className="visually-hidden">，复制自 {draft.copyOf}）</span>
          </span>
        )}
        {draft.example !== undefined && (
          <span className="draft-badge example-badge" title={`载入的示例：${draft.example}`}>
            <span className="visually-hidden">（</span>示例
            <span className="visually-hidden">）</span>
          </span>
        )}
      </td>
      <td>{draft.year}</td>
      <td>{getTemplate(draft.template).name}</td>
      <td>{TIME.format(draft.savedAt)}</td>
      <td>
        <span className={draft.errors ? 'count-error' : 'count-ok'}>
          {draft.errors} 个错误{draft.warnings ? `，${String(draft.warnings)} 个警告` : ''}
        </span>
      </td>
      <td>
        <DraftActions draft={draft} {...handlers} />
      </td>
    </tr>
  );
});
