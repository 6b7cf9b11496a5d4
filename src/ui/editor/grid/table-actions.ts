/**
 * What the table tools and keys do to the form, as plain functions of the editor engine: paste a
 * block, fill blanks with 0, switch a table's totals between computed and typed. Each runs as one
 * batch, so the checks and the save run once however many cells change.
 */
import {
  cellsOf,
  cellValue,
  computeTotal,
  isComputed,
  totalEquations,
  type TableId,
} from '../../../core';
import { parseBlock, pastePlan, type GridNav } from './grid-nav';
import type { EditorEngine } from '../../../workspace/editor/editor-engine';

const TYPED = { shouldValidate: true, shouldDirty: true } as const;

/**
 * Fill the cells from `cell` with a block copied from a spreadsheet (row headings copied along are
 * dropped, see grid-nav.ts); returns the message. A pasted figure for a total the page computes is
 * not typed in: it is compared with the computed one, and any difference is reported.
 */
export function pasteBlock(
  engine: EditorEngine,
  nav: GridNav,
  cell: string,
  text: string,
  computed: (cell: string) => boolean,
): string {
  const { form, template } = engine;
  const { targets, labelled } = pastePlan(nav, cell, parseBlock(text));
  const totals: (readonly [string, string])[] = [];
  let filled = 0;
  engine.batch(() => {
    for (const [target, value] of targets) {
      if (computed(target)) {
        totals.push([target, value]);
        continue;
      }
      form.setValue(`cells.${target}`, value.trim(), TYPED);
      filled++;
    }
  }, '粘贴');
  const cells = cellsOf(template);
  const differ = totals.flatMap(([id, value]) => {
    const info = cells.get(id);
    const pasted = info && cellValue(value, info.kind);
    if (!info || pasted === undefined || pasted === null) return [];
    // Blank parts sum to 0; an invalid part leaves the total unknown (its cell says why).
    const sum = computeTotal(template, id, (c) => form.getValues(`cells.${c}`));
    if (sum === undefined || (sum ?? 0) === pasted) return [];
    return [`“${info.name}”粘贴的是 ${pasted}，按各项计算为 ${sum ?? 0}`];
  });
  return [
    `已粘贴 ${filled} 个单元格`,
    labelled ? `，略去 ${labelled} 行的行名称` : '',
    totals.length ? `，跳过 ${totals.length} 个自动计算的总计` : '',
    '。',
    differ.length ? `粘贴的总计与计算结果不符：${differ.join('；')}。请核对粘贴的数字。` : '',
  ].join('');
}

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
