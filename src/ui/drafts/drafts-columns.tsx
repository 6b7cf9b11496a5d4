import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { getTemplate } from '../../core';
import type { DraftSummary } from '../../workspace/drafts';

/** The table's features: sorting by the columns' sort functions. */
export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, DraftSummary>();

export interface DraftHandlers {
  readonly onOpen: (draft: DraftSummary) => void;
  readonly onDuplicate: (draft: DraftSummary) => void;
  readonly onRollForward: (draft: DraftSummary) => void;
  readonly onDelete: (draft: DraftSummary) => void;
}

/**
 * The columns: 机关, 年度, 格式, 最后保存, 错误, 操作 — their headers and sort values. The cells are
 * drawn by DraftRow (draft-row.tsx), one memoised row per draft, so a list of a thousand drafts
 * renders once and a change renders only the rows it touches.
 */
export const DRAFT_COLUMNS = helper.columns([
  helper.accessor((d) => d.org || '（未填写机关名称）', {
    id: 'org',
    header: '机关',
    sortFn: 'alphanumeric',
  }),
  helper.accessor((d) => d.year, { id: 'year', header: '年度', sortFn: 'basic' }),
  helper.accessor((d) => getTemplate(d.template).name, { id: 'template', header: '格式' }),
  helper.accessor('savedAt', { header: '最后保存', sortFn: 'basic' }),
  helper.accessor('errors', { header: '错误', sortFn: 'basic' }),
  helper.display({ id: 'actions', header: '操作' }),
]);
