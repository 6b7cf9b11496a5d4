/** The page's carry-over between years: this year's 二、上年结转 filled from last year's report. */
import { carriedCells, carriedFromLastYear, type LastYearLink } from '../../../core';
import type { EditorEngine } from '../../../workspace/editor/editor-engine';

/** Fill this year's 上年结转 from last year's report; `all` overwrites typed figures too. */
export function fillCarried(engine: EditorEngine, link: LastYearLink, all: boolean): void {
  const { form, template } = engine;
  engine.batch(() => {
    for (const id of carriedCells(template).keys()) {
      const name = `cells.${id}` as const;
      const value = carriedFromLastYear(template, link, id);
      if (value === undefined) continue;
      if (all || form.getValues(name).trim() === '') {
        form.setValue(name, value === null ? '' : String(value), {
          shouldValidate: true,
          shouldDirty: true,
        });
      }
    }
  }, '填写上年结转');
}
