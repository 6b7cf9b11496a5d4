import {
  createColumnHelper,
  createSortedRowModel,
  flexRender,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { getTemplate } from '../../core';
import type { DraftRecord } from '../storage/drafts-db';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, DraftRecord>();

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

/** Drafts as a sortable table: 机关, 年度, 格式, 最后保存, 错误; actions per row. */
export function DraftsTable({
  drafts,
  onOpen,
  onDuplicate,
  onDelete,
}: {
  drafts: readonly DraftRecord[];
  onOpen: (draft: DraftRecord) => void;
  onDuplicate: (draft: DraftRecord) => void;
  onDelete: (draft: DraftRecord) => void;
}) {
  const columns = helper.columns([
    helper.accessor((d) => d.report.meta.org || '（未填写机关名称）', {
      id: 'org',
      header: '机关',
      sortFn: 'alphanumeric',
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
      cell: (info) => {
        const draft = info.row.original;
        const name = `${draft.report.meta.org} ${draft.report.meta.year}年`;
        return (
          <span className="row-actions">
            <button
              type="button"
              onClick={() => {
                onOpen(draft);
              }}
              aria-label={`打开 ${name}`}
            >
              打开
            </button>
            <button
              type="button"
              onClick={() => {
                onDuplicate(draft);
              }}
              aria-label={`复制 ${name}`}
            >
              复制
            </button>
            <button
              type="button"
              onClick={() => {
                onDelete(draft);
              }}
              aria-label={`删除 ${name}`}
            >
              删除
            </button>
          </span>
        );
      },
    }),
  ]);
  const table = useTable({
    features,
    columns,
    data: drafts,
    initialState: { sorting: [{ id: 'savedAt', desc: true }] },
  });
  return (
    <table className="drafts-table" aria-label="草稿列表">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <th
                  key={header.id}
                  aria-sort={
                    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                  }
                >
                  {canSort ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
