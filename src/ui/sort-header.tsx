import type { ReactNode } from 'react';

/** What a sortable TanStack column offers a header cell (any table's features and data). */
interface SortableColumn {
  getIsSorted: () => false | 'asc' | 'desc';
  getCanSort: () => boolean;
  getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
}

/** A table header cell: a button that sorts its column, with aria-sort and ▲/▼. */
export function SortHeader({
  column,
  children,
  className,
}: {
  column: SortableColumn;
  children: ReactNode;
  className?: string;
}) {
  const sorted = column.getIsSorted();
  return (
    <th
      className={className}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {column.getCanSort() ? (
        <button type="button" className="sort" onClick={column.getToggleSortingHandler()}>
          {children}
          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
        </button>
      ) : (
        children
      )}
    </th>
  );
}
