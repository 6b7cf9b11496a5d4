import { memo } from 'react';
import { getTemplate } from '../../core';
import type { DraftSummary } from '../storage/drafts-db';
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
        {draft.copyOf !== undefined && (
          <span className="copy-badge" title={`复制自 ${draft.copyOf}`}>
            副本
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
