/**
 * Random balanced reports for property tests: every equation of the official format §5 holds, most cells are
 * zero (as in real township reports), and a seed makes each one reproducible.
 */
import { cellsOf } from '../core/cells';
import type { CellValue, Report } from '../core/report';
import { t3ResultRows } from '../core/roles';
import { getTemplate, type TemplateId } from '../core/templates';
import { random as generator } from './random';

/** A balanced report in the given format whose cells come from `seed`; text taken from `base`. */
export function randomReport(base: Report, format: TemplateId, seed: number): Report {
  const random = generator(seed);
  const count = (max: number, zero = 0.6) => (random() < zero ? 0 : 1 + Math.floor(random() * max));
  const template = getTemplate(format);
  const cells: Record<string, CellValue> = {};
  for (const info of cellsOf(template).values()) {
    if (info.table !== 't2') continue;
    if (info.kind === 'amount') cells[info.id] = count(90000, 0.5) / 100;
    else if (info.kind === 'signed') cells[info.id] = count(20) * (random() < 0.5 ? -1 : 1) || 0;
    else cells[info.id] = count(300, 0.4);
  }
  const { columns } = template.t3;
  const resultRows = t3ResultRows(template).map((r) => r.key);
  const parts = columns.filter((c) => c.key !== 'total').map((c) => c.key);
  const set = (row: string, col: string, v: number) => (cells[`t3_${row}_${col}`] = v);
  const get = (row: string, col: string) => Number(cells[`t3_${row}_${col}`] ?? 0);
  for (const c of parts) {
    for (const r of resultRows)
      set(r, c, count(c === 'natural' ? 9 : 3, c === 'natural' ? 0.6 : 0.85));
    const handled = resultRows.reduce((s, r) => s + get(r, c), 0);
    const carried = count(3, 0.7);
    let next = count(3, 0.7);
    let fresh = handled + next - carried;
    if (fresh < 0) [next, fresh] = [next - fresh, 0];
    set('new', c, fresh);
    set('carried', c, carried);
    set('result_total', c, handled);
    set('carry_next', c, next);
  }
  for (const row of [...resultRows, 'new', 'carried', 'result_total', 'carry_next'])
    set(
      row,
      'total',
      parts.reduce((s, c) => s + get(row, c), 0),
    );
  const { groups, results } = template.t4;
  for (const { key: g } of groups) {
    const own = results.filter((r) => r.key !== 'total').map((r) => r.key);
    for (const r of own) cells[`t4_${g}_${r}`] = count(3, 0.7);
    cells[`t4_${g}_total`] = own.reduce((s, r) => s + Number(cells[`t4_${g}_${r}`]), 0);
  }
  return { ...base, template: format, cells };
}
