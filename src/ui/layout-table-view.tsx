import type { Block } from '../core';

type TableBlock = Extract<Block, { type: 'table' }>;

/**
 * A statutory table of the layout model, read-only, with rowspan/colspan and data-cell values;
 * `marks` gives a cell a class (the review page marks the cells its findings name).
 */
export function LayoutTableView({
  table,
  marks,
}: {
  table: TableBlock;
  marks?: ReadonlyMap<string, string>;
}) {
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return (
    <table className="report-table" data-table={table.table}>
      <colgroup>
        {table.screenWidths.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && (
        <thead>
          {head.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <th key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope="col">
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
      )}
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              cell.kind === 'number' ? (
                <td
                  key={c}
                  colSpan={cell.colSpan}
                  className={`num ${(cell.cellId && marks?.get(cell.cellId)) ?? ''}`.trim()}
                  data-cell={cell.cellId}
                >
                  {cell.text}
                </td>
              ) : (
                <th
                  key={c}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  scope="row"
                  className={`label ${cell.role ?? ''}`}
                >
                  {cell.text}
                </th>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
