/**
 * The page's carry-over between years: which cells are 表三's 二、上年结转 and where last year's
 * 四、结转下年度继续办理 figure is. These are the only cell ids the editor spells; they are kept here,
 * verbatim, so that a template role lookup can replace them in one place.
 */
import { cellValue, type LastYearLink } from '../../core';
import type { EditorEngine } from './state/editor-engine';

/** Last year's 四、结转下年度继续办理 by 表三 column key. */
export function carriedFromLastYear(link: LastYearLink, column: string): number | null | undefined {
  return cellValue(link.cells[`t3_carry_next_${column}`], 'count');
}

/** The form field of this year's 二、上年结转 in a 表三 column. */
export function carriedField(column: string) {
  return `cells.t3_carried_${column}` as const;
}

/** The 表三 column key of a 二、上年结转 cell, or undefined for any other cell. */
export function carriedColumn(cellId: string): string | undefined {
  return cellId.startsWith('t3_carried_') ? cellId.slice('t3_carried_'.length) : undefined;
}

/** Fill this year's 上年结转 from last year's report; `all` overwrites typed figures too. */
export function fillCarried(engine: EditorEngine, link: LastYearLink, all: boolean): void {
  const { form, template } = engine;
  engine.batch(() => {
    for (const { key } of template.t3.columns) {
      const name = carriedField(key);
      const value = carriedFromLastYear(link, key);
      if (value === undefined) continue;
      if (all || form.getValues(name).trim() === '') {
        form.setValue(name, value === null ? '' : String(value), {
          shouldValidate: true,
          shouldDirty: true,
        });
      }
    }
  });
}
