import { createColumnHelper } from '@tanstack/react-table';
import { getTemplate } from '../../core';
import type { DraftSummary } from '../storage/drafts-db';
import { DraftActions } from './draft-actions';
import type { features } from './drafts-table';

const helper = createColumnHelper<typeof features, DraftSummary>();

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

export interface DraftHandlers {
  readonly onOpen: (draft: DraftSummary) => void;
  readonly onDuplicate: (draft: DraftSummary) => void;
  readonly onRollForward: (draft: DraftSummary) => void;
  readonly onDelete: (draft: DraftSummary) => void;
}

/** The columns: 机关, 年度, 格式, 最后保存, 错误, and the row's actions. */
export function draftColumns(handlers: DraftHandlers) {
  return helper.columns([
    helper.accessor((d) => d.org || '（未填写机关名称）', {
      id: 'org',
      header: '机关',
      sortFn: 'alphanumeric',
      cell: (info) => {
        const { copyOf } = info.row.original;
        return (
          <>
            {info.getValue()}
            {copyOf !== undefined && (
              <span className="copy-badge" title={`复制自 ${copyOf}`}>
                副本
              </span>
            )}
          </>
        );
      },
    }),
    helper.accessor((d) => d.year, { id: 'year', header: '年度', sortFn: 'basic' }),
    helper.accessor((d) => getTemplate(d.template).name, { id: 'template', header: '格式' }),
    helper.accessor('savedAt', {
      header: '最后保存',
      sortFn: 'basic',
      cell: (info) => TIME.format(info.getValue()),
    }),
    helper.accessor('errors', {
      header: '错误',
      sortFn: 'basic',
      cell: (info) => {
        const errors = info.getValue();
        const warnings = info.row.original.warnings;
        return (
          <span className={errors ? 'count-error' : 'count-ok'}>
            {errors} 个错误{warnings ? `，${warnings} 个警告` : ''}
          </span>
        );
      },
    }),
    helper.display({
      id: 'actions',
      header: '操作',
      cell: (info) => <DraftActions draft={info.row.original} {...handlers} />,
    }),
  ]);
}
