import { flexRender, useTable } from '@tanstack/react-table';
import { SortHeader } from '../sort-header';
import { COLUMNS, features } from './batch-columns';
import type { ReviewRow } from './review-row';

const PAGE_SIZE = 50;

/** The batch as a sortable table, 50 rows a page (500 reports stay quick to re-render). */
export function BatchTable({
  rows,
  openId,
}: {
  rows: readonly ReviewRow[];
  openId: string | undefined;
}) {
  const table = useTable({
    features,
    columns: COLUMNS,
    data: rows,
    getRowId: (row) => row.entry.id,
    initialState: {
      sorting: [{ id: 'severity', desc: true }],
      pagination: { pageIndex: 0, pageSize: PAGE_SIZE },
    },
  });
  const pages = table.getPageCount();
  return (
    <div className="table-scroll">
      <table className="batch-table" aria-label="报告列表">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} column={header.column}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </SortHeader>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.id === openId ? 'open' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label="翻页">
          <button
            type="button"
            disabled={!table.getCanPreviousPage()}
            onClick={() => {
              table.previousPage();
            }}
          >
            上一页
          </button>
          <span>
            第 {table.state.pagination.pageIndex + 1} / {pages} 页，共 {rows.length} 份
          </span>
          <button
            type="button"
            disabled={!table.getCanNextPage()}
            onClick={() => {
              table.nextPage();
            }}
          >
            下一页
          </button>
        </nav>
      )}
    </div>
  );
}
