import { memo, useEffect, useMemo, useState } from 'react';
import { isComputed, type TableId } from '../../../core';
import { GridCellView } from './grid-cell';
import { SkipToChecks } from '../skip-links';
import { gridNav } from './grid-nav';
import { useEditor, useModes } from '../state/use-editor-state';
import { TableTools } from './table-tools';
import { UndistributedRow } from './undistributed-row';
import { useGridKeys } from './use-grid-keys';

/** One statutory table in its official layout, with spreadsheet keys, paste and computed totals. */
export const TableGrid = memo(function TableGrid({ id }: { id: TableId }) {
  const engine = useEditor();
  const { template } = engine;
  const modes = useModes();
  const table = template.tables[id];
  const nav = useMemo(() => gridNav(table), [table]);
  const computed = (cell: string) => isComputed(template, cell, modes);
  const [status, setStatus] = useState('');
  // After an undo the last action's message ("已粘贴 …") may no longer hold.
  useEffect(
    () =>
      engine.reverts.subscribe(() => {
        setStatus('');
      }),
    [engine],
  );
  const handlers = useGridKeys(engine, nav, computed, setStatus);

  return (
    <div className="table-block">
      <TableTools id={id} status={status} onStatus={setStatus} />
      <div className="table-scroll">
        <table className={`report-table form-table table-${id}`} data-table={id} {...handlers}>
          <colgroup>
            {(table.screenWidths ?? table.widths).map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          {table.header.length > 0 && (
            <thead>
              {table.header.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <GridCellView key={c} cell={cell} header computed={false} />
                  ))}
                </tr>
              ))}
            </thead>
          )}
          <tbody>
            {table.body.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <GridCellView
                    key={c}
                    cell={cell}
                    header={false}
                    computed={cell.type === 'number' && computed(cell.id)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
          {id === 't3' && <UndistributedRow columns={table.columns} />}
        </table>
      </div>
      {/* Where the last cell's Tab lands: straight on to the checks, not through every field. */}
      <SkipToChecks className="skip-inline" />
    </div>
  );
});
