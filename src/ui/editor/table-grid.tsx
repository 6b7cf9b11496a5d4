import { memo, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import {
  cellsOf,
  computeTotal,
  isComputed,
  totalEquations,
  totalInputs,
  type GridCell,
  type TableId,
} from '../../core';
import { CarriedCellInput, CellInput, ComputedCell } from './cells';
import { carriedFromLastYear } from './last-year-panel';
import { useEditor } from './editor-context';
import { blockTargets, gridNav, moveFrom, parseBlock, type Move } from './grid-nav';

const KEYS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'down',
};

/** Focus a cell input by id and select its text, as a spreadsheet does. */
export function focusCell(id: string): boolean {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${id}"]`);
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/** One statutory table in its official layout, with spreadsheet keys, paste and computed totals. */
export const TableGrid = memo(function TableGrid({ id }: { id: TableId }) {
  const { form, template, modes, setModes, lastYear } = useEditor();
  const table = template.tables[id];
  const cells = cellsOf(template);
  const nav = useMemo(() => gridNav(table), [table]);
  const computed = (cell: string) => isComputed(template, cell, modes);
  const onFocusValue = useRef(new Map<string, string>());
  const [status, setStatus] = useState('');
  const hasTotals = id === 't3' || id === 't4';

  const cellOf = (target: EventTarget): string | undefined =>
    target instanceof HTMLInputElement ? target.dataset.cell : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      const before = onFocusValue.current.get(cell);
      if (before !== undefined) {
        form.setValue(`cells.${cell}`, before, { shouldValidate: true, shouldDirty: true });
        (event.target as HTMLInputElement).select();
      }
      event.preventDefault();
      return;
    }
    const move = event.key === 'Enter' && event.shiftKey ? 'up' : KEYS[event.key];
    if (!move) return;
    const next = moveFrom(nav, cell, move, computed);
    event.preventDefault();
    if (next) focusCell(next);
  };

  const onFocus = (event: React.FocusEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    if (cell && event.target instanceof HTMLInputElement) {
      onFocusValue.current.set(cell, event.target.value);
      event.target.select();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!cell || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return; // one value: a normal paste
    event.preventDefault();
    let filled = 0;
    let skipped = 0;
    for (const [target, value] of blockTargets(nav, cell, parseBlock(text))) {
      if (computed(target)) {
        skipped++;
        continue;
      }
      form.setValue(`cells.${target}`, value.trim(), { shouldValidate: true, shouldDirty: true });
      filled++;
    }
    setStatus(`已粘贴 ${filled} 个单元格${skipped ? `，跳过 ${skipped} 个自动计算的总计` : ''}。`);
  };

  const fillZeros = () => {
    let filled = 0;
    for (const info of cells.values()) {
      if (info.table !== id || computed(info.id)) continue;
      if (form.getValues(`cells.${info.id}`).trim() === '') {
        form.setValue(`cells.${info.id}`, '0', { shouldValidate: true, shouldDirty: true });
        filled++;
      }
    }
    setStatus(filled ? `已将 ${filled} 个空白单元格填为 0。` : '没有空白单元格。');
  };

  const toggleTotals = () => {
    if (id !== 't3' && id !== 't4') return;
    const next = modes[id] === 'auto' ? 'manual' : 'auto';
    if (next === 'manual') {
      // Start from the computed figures, so switching loses nothing.
      for (const total of totalEquations(template).keys()) {
        if (cells.get(total)?.table !== id) continue;
        const value = computeTotal(template, total, (c) => form.getValues(`cells.${c}`));
        if (value !== undefined)
          form.setValue(`cells.${total}`, value === null ? '' : String(value));
      }
    }
    setModes({ ...modes, [id]: next });
  };

  const renderCell = (cell: GridCell, key: number, header: boolean) => {
    if (cell.type === 'label') {
      return (
        <th
          key={key}
          colSpan={cell.colSpan}
          rowSpan={cell.rowSpan}
          scope={header ? 'col' : cell.role === 'row' ? 'row' : undefined}
          className={`label ${cell.role}`}
        >
          {cell.text}
        </th>
      );
    }
    const info = cells.get(cell.id);
    if (!info) return null;
    return computed(cell.id) ? (
      <ComputedCell
        key={key}
        info={info}
        inputs={totalInputs(template, cell.id).map((c) => `cells.${c}` as const)}
      />
    ) : lastYear && cell.id.startsWith('t3_carried_') ? (
      <CarriedCellInput
        key={key}
        info={info}
        colSpan={cell.colSpan}
        lastYearValue={carriedFromLastYear(lastYear, cell.id.slice('t3_carried_'.length)) ?? null}
      />
    ) : (
      <CellInput key={key} info={info} colSpan={cell.colSpan} />
    );
  };

  return (
    <div className="table-block">
      <div className="table-tools">
        {hasTotals && (
          <label className="switch">
            <input type="checkbox" checked={modes[id] === 'manual'} onChange={toggleTotals} />
            总计手动填写
          </label>
        )}
        <button type="button" onClick={fillZeros}>
          空白填0
        </button>
        <span className="table-status" role="status">
          {status}
        </span>
      </div>
      <div className="table-scroll">
        <table
          className={`report-table form-table table-${id}`}
          data-table={id}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onPaste={onPaste}
        >
          <colgroup>
            {table.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          {table.header.length > 0 && (
            <thead>
              {table.header.map((row, r) => (
                <tr key={r}>{row.map((cell, c) => renderCell(cell, c, true))}</tr>
              ))}
            </thead>
          )}
          <tbody>
            {table.body.map((row, r) => (
              <tr key={r}>{row.map((cell, c) => renderCell(cell, c, false))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
