/**
 * The editor's fills, as plain functions of its engine (the page's buttons call them): 空白填0 and
 * the carry-over from last year's report. Each runs as one batch, so it is one step of the undo
 * and the checks and the save run once however many cells change.
 */
import {
  carriedCells,
  carriedFromLastYear,
  cellsOf,
  isComputed,
  type LastYearLink,
  type TableId,
} from '../../core';
import type { EditorEngine } from './editor-engine';

const TYPED = { shouldValidate: true, shouldDirty: true } as const;

/** Fill a table's blank typed cells with 0; returns the message. */
export function fillZeros(
  engine: EditorEngine,
  id: TableId,
  // By default the cells the page computes in the table's current totals mode.
  computed: (cell: string) => boolean = (cell) =>
    isComputed(engine.template, cell, engine.modes.get()),
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

/** Fill this year's 二、上年结转 from last year's report; `all` overwrites typed figures too. */
export function fillCarried(engine: EditorEngine, link: LastYearLink, all: boolean): void {
  const { form, template } = engine;
  engine.batch(() => {
    for (const id of carriedCells(template).keys()) {
      const name = `cells.${id}` as const;
      const value = carriedFromLastYear(template, link, id);
      if (value === undefined) continue;
      if (all || form.getValues(name).trim() === '') {
        form.setValue(name, value === null ? '' : String(value), TYPED);
      }
    }
  }, '填写上年结转');
}
