/**
 * What the table tools and keys do to the form, as plain functions of the editor engine: paste a
 * block, switch a table's totals between computed and typed (空白填0 and the carry-over fill are
 * the workspace's: workspace/editor/fill-actions.ts). Each runs as one batch, so the checks and
 * the save run once however many cells change.
 */
import { cellsOf, cellValue, computeTotal, totalEquations } from '../../../core';
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
