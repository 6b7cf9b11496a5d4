import { flexRender, useTable } from '@tanstack/react-table';
import { memo, useEffect, useMemo, useSyncExternalStore } from 'react';
import { compareProfile, type Report } from '../../core';
import { profileState } from '../../workspace/profile/profile-store';
import { useStore } from '../use-store';
import { SortHeader } from '../sort-header';
import { COLUMNS, features, splitHidden } from './batch-columns';
import type { ReviewRow } from './review-row';

const PAGE_SIZE = 50;

/** A screen wide enough to keep most columns while a report is open beside the list. */
const WIDE = '(min-width: 1600px)';

function useWide(): boolean {
  return useSyncExternalStore(
    (listener) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', listener);
      return () => {
        query.removeEventListener('change', listener);
      };
    },
    () => window.matchMedia(WIDE).matches,
  );
}

type Loaded = Parameters<typeof compareProfile>[1];

/** Whether a report has anything for the 地方要求 column, kept per report and profile in force. */
const profiledReports = new WeakMap<Report, { loaded: Loaded; profiled: boolean }>();

function profiledReport(report: Report, loaded: Loaded): boolean {
  const known = profiledReports.get(report);
  if (known && known.loaded === loaded) return known.profiled;
  const profiled = compareProfile(report, loaded).kind !== 'none';
  profiledReports.set(report, { loaded, profiled });
  return profiled;
}

/** Whether the 地方要求 column has anything to say: a profile in force, or a report recording one. */
function useProfiled(rows: readonly ReviewRow[]): boolean {
  const state = useStore(profileState());
  const loaded = state.kind === 'loaded' ? state.loaded : undefined;
  return useMemo(
    () => rows.some((r) => r.entry.report && profiledReport(r.entry.report, loaded)),
    [rows, loaded],
  );
}

/**
 * The batch as a sortable table, 50 rows a page; fewer columns while a report is open beside it,
 * and no 地方要求 or 读取存疑 column while it would be empty (the list fits at 1024 px).
 */
export function useBatchTable(rows: readonly ReviewRow[], split: boolean) {
  const wide = useWide();
  const profiled = useProfiled(rows);
  const doubted = useMemo(() => rows.some((r) => r.entry.findings.some((f) => f.doubt)), [rows]);
  const hidden = split ? splitHidden(wide) : {};
  return useTable({
    features,
    columns: COLUMNS,
    data: rows,
    getRowId: (row) => row.entry.id,
    initialState: {
      sorting: [{ id: 'severity', desc: true }],
      pagination: { pageIndex: 0, pageSize: PAGE_SIZE },
    },
    state: {
      columnVisibility: {
        ...hidden,
        ...(profiled ? {} : { profile: false }),
        ...(doubted ? {} : { doubts: false }),
      },
    },
  });
}

export type BatchTableModel = ReturnType<typeof useBatchTable>;

/** The ids of the rows in the order shown (sorted, every page). */
export function shownOrder(table: BatchTableModel): string[] {
  return table.getSortedRowModel().rows.map((row) => row.id);
}

type TableRow = ReturnType<BatchTableModel['getRowModel']>['rows'][number];

/**
 * One report's row. The table makes new row objects whenever files arrive, but a row's cells
 * show only its ReviewRow (kept per entry while it stays the same, review-row.ts) and the
 * columns shown: a row whose ReviewRow, columns and openness are as before is not rendered
 * again, so files arriving re-render only the rows that are new on the page.
 */
const BatchRow = memo(
  function BatchRow({ row, open }: { row: TableRow; open: boolean; columns: string }) {
    return (
      <tr className={open ? 'open' : undefined} aria-current={open ? 'true' : undefined}>
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.row.original === after.row.original &&
    before.open === after.open &&
    before.columns === after.columns,
);

/** The table (500 reports stay quick to re-render: one page of rows at a time). */
export function BatchTable({
  table,
  openId,
}: {
  table: BatchTableModel;
  openId: string | undefined;
}) {
  const pages = table.getPageCount();
  // The open report's row is on the page shown (上一份/下一份 may cross a page).
  useEffect(() => {
    if (openId === undefined) return;
    const at = shownOrder(table).indexOf(openId);
    const size = table.state.pagination.pageSize;
    if (at >= 0 && Math.floor(at / size) !== table.state.pagination.pageIndex)
      table.setPageIndex(Math.floor(at / size));
  }, [openId, table]);
  return (
    <div className="table-scroll">
      <table className="batch-table" aria-label="报告列表">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} column={header.column} className={`col-${header.id}`}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </SortHeader>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <BatchRow
              key={row.id}
              row={row}
              open={row.id === openId}
              columns={row
                .getVisibleCells()
                .map((cell) => cell.column.id)
                .join()}
            />
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
            第 {table.state.pagination.pageIndex + 1} / {pages} 页，共{' '}
            {table.getSortedRowModel().rows.length} 份
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
