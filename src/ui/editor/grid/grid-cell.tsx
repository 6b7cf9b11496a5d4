import {
  carriedCells,
  carriedFromLastYear,
  cellsOf,
  totalInputs,
  type GridCell,
} from '../../../core';
import { CarriedCellInput, CellInput, ComputedCell } from './cells';
import { labelText } from './label-text';
import { useEditor, useLastYear } from '../state/use-editor-state';

/** One cell of a statutory table: a label, a computed total, a carried-over or a typed number. */
export function GridCellView({
  cell,
  header,
  computed,
}: {
  cell: GridCell;
  header: boolean;
  computed: boolean;
}) {
  const { template } = useEditor();
  const lastYear = useLastYear();
  if (cell.type === 'label') {
    return (
      <th
        colSpan={cell.colSpan}
        rowSpan={cell.rowSpan}
        scope={header ? 'col' : cell.role === 'row' ? 'row' : undefined}
        className={`label ${cell.role}`}
      >
        {labelText(cell.text)}
      </th>
    );
  }
  const info = cellsOf(template).get(cell.id);
  if (!info) return null;
  if (computed) {
    return (
      <ComputedCell
        info={info}
        inputs={totalInputs(template, cell.id).map((c) => `cells.${c}` as const)}
      />
    );
  }
  return lastYear && carriedCells(template).has(cell.id) ? (
    <CarriedCellInput
      info={info}
      colSpan={cell.colSpan}
      lastYearValue={carriedFromLastYear(template, lastYear, cell.id) ?? null}
    />
  ) : (
    <CellInput info={info} colSpan={cell.colSpan} />
  );
}
