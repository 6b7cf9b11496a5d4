import { flexRender, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { DraftSummary } from '../../workspace/drafts';
import { useRowHandlers } from './use-row-handlers';
import { DraftRow } from './draft-row';
import { DRAFT_COLUMNS, features, type DraftHandlers } from './drafts-columns';
import { filterDrafts, FIRST_ROWS } from './drafts-filter';

/**
 * Drafts as a sortable table: 机关, 年度, 格式, 最后保存, 错误; actions per row. With many drafts, a
 * search field finds one by 机关 or 年度, and the first FIRST_ROWS are drawn until all are asked for.
 */
export function DraftsTable({
  drafts,
  ...given
}: {
  drafts: readonly DraftSummary[];
} & DraftHandlers) {
  const handlers = useRowHandlers(given);
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  const found = useMemo(() => filterDrafts(drafts, query), [drafts, query]);
  const table = useTable({
    features,
    columns: DRAFT_COLUMNS,
    data: found,
    initialState: { sorting: [{ id: 'savedAt', desc: true }] },
  });
  const rows = table.getRowModel().rows;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      {drafts.length > 10 && (
        <DraftsSearch query={query} onQuery={setQuery} found={found.length} total={drafts.length} />
      )}
      <DraftsGrid table={table} rows={shown} handlers={handlers} />
      {shown.length < rows.length && (
        <p className="drafts-more">
          显示了最近保存的 {shown.length} 份（按所选顺序），共 {rows.length} 份。
          <button
            type="button"
            onClick={() => {
              setAll(true);
            }}
          >
            显示全部 {rows.length} 份
          </button>
        </p>
      )}
    </>
  );
}

function DraftsSearch({
  query,
  onQuery,
  found,
  total,
}: {
  query: string;
  onQuery: (query: string) => void;
  found: number;
  total: number;
}) {
  return (
    <p className="drafts-search">
      <label>
        查找草稿
        <input
          type="search"
          value={query}
          placeholder="机关名称或年度"
          onChange={(event) => {
            onQuery(event.target.value);
          }}
        />
      </label>
      <span role="status">
        {query.trim()
          ? `找到 ${String(found)} 份（共 ${String(total)} 份）`
          : `共 ${String(total)} 份草稿`}
      </span>
    </p>
  );
}

type Table = ReturnType<typeof useTable<typeof features, DraftSummary>>;

function DraftsGrid({
  table,
  rows,
  handlers,
}: {
  table: Table;
  rows: ReturnType<Table['getRowModel']>['rows'];
  handlers: DraftHandlers;
}) {
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
        {rows.map((row) => (
          <DraftRow key={row.original.id} draft={row.original} handlers={handlers} />
        ))}
      </tbody>
    </table>
  );
}
