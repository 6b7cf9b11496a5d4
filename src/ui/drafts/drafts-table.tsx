import {
  createSortedRowModel,
  flexRender,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { DraftSummary } from '../storage/drafts-db';
import { draftColumns, type DraftHandlers } from './drafts-columns';

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** Drafts as a sortable table: 机关, 年度, 格式, 最后保存, 错误; actions per row. */
export function DraftsTable({
  drafts,
  onOpen,
  onDuplicate,
  onRollForward,
  onDelete,
}: {
  drafts: readonly DraftSummary[];
} & DraftHandlers) {
  const columns = draftColumns({ onOpen, onDuplicate, onRollForward, onDelete });
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
