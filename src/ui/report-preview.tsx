import type { Block } from '../core';

type TableBlock = Extract<Block, { type: 'table' }>;

/** A read-only rendering of the layout model: the report as it will be printed. */
export function ReportPreview({ blocks }: { blocks: readonly Block[] }) {
  return (
    <article className="report-preview">
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'title':
            return (
              <h2 key={i} className="report-title">
                {block.text}
              </h2>
            );
          case 'heading':
            return block.level === 1 ? (
              <h3 key={i}>{block.text}</h3>
            ) : (
              <h4 key={i}>{block.text}</h4>
            );
          case 'paragraph':
            return <p key={i}>{block.text}</p>;
          case 'table':
            return <PreviewTable key={i} table={block} />;
          case 'signature':
            return (
              <div key={i} className="signature">
                {block.lines.map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </div>
            );
        }
      })}
    </article>
  );
}

function PreviewTable({ table }: { table: TableBlock }) {
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return (
    <table className="report-table" data-table={table.table}>
      <colgroup>
        {table.widths.map((w, i) => (
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
                <td key={c} colSpan={cell.colSpan} className="num" data-cell={cell.cellId}>
                  {cell.text}
                </td>
              ) : (
                <th
                  key={c}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  scope="row"
                  className={cell.role}
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
