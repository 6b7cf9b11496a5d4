/**
 * A table's spreadsheet behaviour: arrows/Enter/Tab move, Escape restores the value the cell had
 * when focused, focusing selects, and a pasted block fills the cells from the focused one.
 */
import { useRef, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { focusCell } from '../page-focus';
import { moveFrom, type GridNav, type Move } from './grid-nav';
import type { EditorEngine } from '../../../workspace/editor/editor-engine';
import { pasteBlock } from './table-actions';

const KEYS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'down',
};

const cellOf = (target: EventTarget): string | undefined =>
  target instanceof HTMLInputElement ? target.dataset.cell : undefined;

export function useGridKeys(
  engine: EditorEngine,
  nav: GridNav,
  computed: (cell: string) => boolean,
  onStatus: (message: string) => void,
) {
  const onFocusValue = useRef(new Map<string, string>());

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      const before = onFocusValue.current.get(cell);
      if (before !== undefined) {
        engine.form.setValue(`cells.${cell}`, before, { shouldValidate: true, shouldDirty: true });
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

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
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
    onStatus(pasteBlock(engine, nav, cell, text, computed));
  };

  return { onKeyDown, onFocus, onPaste };
}
