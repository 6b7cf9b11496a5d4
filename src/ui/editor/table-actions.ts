/**
 * What the table tools and keys do to the form, as plain functions of the editor engine: paste a
 * block, fill blanks with 0, switch a table's totals between computed and typed. Each runs as one
 * batch, so the checks and the save run once however many cells change.
 */
import { cellsOf, computeTotal, totalEquations, type TableId } from '../../core';
import { blockTargets, parseBlock, type GridNav } from './grid-nav';
import type { EditorEngine } from './state/editor-engine';

const TYPED = { shouldValidate: true, shouldDirty: true } as const;

/** Fill the cells from `cell` with a block copied from a spreadsheet; returns the message. */
export function pasteBlock(
  engine: EditorEngine,
  nav: GridNav,
  cell: string,
  text: string,
  computed: (cell: string) => boolean,
): string {
  let filled = 0;
  let skipped = 0;
  engine.batch(() => {
    for (const [target, value] of blockTargets(nav, cell, parseBlock(text))) {
      if (computed(target)) {
        skipped++;
        continue;
      }
      engine.form.setValue(`cells.${target}`, value.trim(), TYPED);
      filled++;
    }
  }, '粘贴');
  return `已粘贴 ${filled} 个单元格${skipped ? `，跳过 ${skipped} 个自动计算的总计` : ''}。`;
}

/** Fill a table's blank typed cells with 0; returns the message. */
export function fillZeros(
  engine: EditorEngine,
  id: TableId,
  computed: (cell: string) => boolean,
): string {
  const { form, template } = engine;
  let filled = 0;
  engine.batch(() => {
    for (const info of cellsOf(template).values()) {
      if (info.table !== id || computed(info.id)) continue;
      if (form.getValues(`cells.${info.id}`).trim() === '') {
        form.setValue(`cells.${info.id}`, '0', TYPED);
        filled++;
      }
    }
  }, '空白填0');
  return filled ? `已将 ${filled} 个空白单元格填为 0。` : '没有空白单元格。';
}

/** Switch 表三/表四's totals between computed and typed. */
export function toggleTotals(engine: EditorEngine, id: 't3' | 't4'): void {
  const { form, template } = engine;
  const modes = engine.modes.get();
  const next = modes[id] === 'auto' ? 'manual' : 'auto';
  engine.batch(
    () => {
      if (next === 'manual') {
        // Start from the computed figures, so switching loses nothing.
        const cells = cellsOf(template);
        for (const total of totalEquations(template).keys()) {
          if (cells.get(total)?.table !== id) continue;
          const value = computeTotal(template, total, (c) => form.getValues(`cells.${c}`));
          if (value !== undefined)
            form.setValue(`cells.${total}`, value === null ? '' : String(value));
        }
      }
      engine.setModes({ ...modes, [id]: next });
    },
    next === 'manual' ? '总计手动填写' : '总计自动计算',
  );
}
