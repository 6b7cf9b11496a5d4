import { createColumnHelper } from '@tanstack/react-table';
import { getTemplate } from '../../core';
import type { DraftRecord } from '../storage/drafts-db';
import { DraftActions } from './draft-actions';
import type { features } from './drafts-table';

const helper = createColumnHelper<typeof features, DraftRecord>();

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

export interface DraftHandlers {
  readonly onOpen: (draft: DraftRecord) => void;
  readonly onDuplicate: (draft: DraftRecord) => void;
  readonly onRollForward: (draft: DraftRecord) => void;
  readonly onDelete: (draft: DraftRecord) => void;
}

/** The columns: 机关, 年度, 格式, 最后保存, 错误, and the row's actions. */
export function draftColumns(handlers: DraftHandlers) {
  return helper.columns([
    helper.accessor((d) => d.report.meta.org || '（未填写机关名称）', {
      id: 'org',
      header: '机关',
      sortFn: 'alphanumeric',
      cell: (info) => {
        const { copyOf, example } = info.row.original.ui;
        // A mark beside the name, never part of it: read as "（副本，复制自 …）", not "…政府副本".
        return (
          <>
            {info.getValue()}
            {copyOf !== undefined && (
              <span className="draft-badge copy-badge" title={`复制自 ${copyOf}`}>
                <span className="visually-hidden">（</span>副本
                <span className="visually-hidden">，复制自 {copyOf}）</span>
              </span>
            )}
            {example !== undefined && (
              <span className="draft-badge example-badge" title={`载入的示例：${example}`}>
                <span className="visually-hidden">（</span>示例
                <span className="visually-hidden">）</span>
              </span>
            )}
          </>
        );
      },
    }),
    helper.accessor((d) => d.report.meta.year, { id: 'year', header: '年度', sortFn: 'basic' }),
    helper.accessor((d) => getTemplate(d.report.template).name, { id: 'template', header: '格式' }),
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
