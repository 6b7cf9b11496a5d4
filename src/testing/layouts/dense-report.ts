/**
 * A dense, balanced report for the layout fixtures (scripts/make-layout-fixtures.ts and
 * make-wild-fixtures.ts): most cells filled, so that a number read one row off is seen.
 */
import { cellsOf } from '../../core/cells';
import type { CellValue, Report } from '../../core/report';
import { t3ResultRows } from '../../core/roles';
import { getTemplate, type TemplateId } from '../../core/templates';
import { publishedNarrative } from '../corpus/narrative';
import { fixtureReport } from '../fixtures';
import { random as generator } from '../random';

/** A balanced report with most cells filled, so that a number one row off is seen. */
export function denseReport(format: TemplateId, seed: number): Report {
  const base = fixtureReport(
    format === '2019' ? 'reports/seed-000.json' : 'reports/example-2021.json',
  );
  const random = generator(seed);
  const count = (max: number, zero: number) =>
    random() < zero ? 0 : 1 + Math.floor(random() * max);
  const template = getTemplate(format);
  const cells: Record<string, CellValue> = {};
  for (const info of cellsOf(template).values()) {
    if (info.table !== 't2') continue;
    if (info.kind === 'amount') cells[info.id] = count(90000, 0.1) / 100;
    else if (info.kind === 'signed') cells[info.id] = count(9, 0.2) * (random() < 0.5 ? -1 : 1);
    else cells[info.id] = count(90, 0.15);
  }
  // Only provinces and cities make 规章: an office's report has none.
  for (const id of Object.keys(cells)) if (id.startsWith('t2_rules_')) cells[id] = 0;
  const parts = template.t3.columns.filter((c) => c.key !== 'total').map((c) => c.key);
  const results = t3ResultRows(template).map((r) => r.key);
  const get = (row: string, col: string) => Number(cells[`t3_${row}_${col}`] ?? 0);
  for (const c of parts) {
    const natural = c === 'natural';
    for (const r of results) cells[`t3_${r}_${c}`] = count(natural ? 12 : 4, natural ? 0.3 : 0.6);
    const handled = results.reduce((s, r) => s + get(r, c), 0);
    const carried = count(4, 0.5);
    const next = count(4, 0.5);
    cells[`t3_new_${c}`] = Math.max(0, handled + next - carried);
    cells[`t3_carried_${c}`] = carried;
    cells[`t3_carry_next_${c}`] = get('new', c) + carried - handled;
    cells[`t3_result_total_${c}`] = handled;
  }
  for (const row of [...results, 'new', 'carried', 'result_total', 'carry_next'])
    cells[`t3_${row}_total`] = parts.reduce((s, c) => s + get(row, c), 0);
  for (const { key: g } of template.t4.groups) {
    const own = template.t4.results.filter((r) => r.key !== 'total').map((r) => r.key);
    for (const r of own) cells[`t4_${g}_${r}`] = count(4, 0.5);
    cells[`t4_${g}_total`] = own.reduce((s, r) => s + Number(cells[`t4_${g}_${r}`]), 0);
  }
  const org = seed % 2 ? '河口乡人民政府' : '县市场监督管理局';
  const report: Report = {
    ...base,
    template: format,
    meta: { ...base.meta, org, signature: org },
    cells,
  };
  return { ...report, text: publishedNarrative(report, random) };
}
