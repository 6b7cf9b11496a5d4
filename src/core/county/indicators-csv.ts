/**
 * The indicators as CSV (interfaces.md §4, `indicators`): one line per unit and one for the
 * total, a header of Chinese names, rates in % with one decimal (样本过少 or the reason where a
 * rate is not given), through the one CSV writer (core/csv.ts). The same numbers as the page.
 */
import { csvDocument, type CsvValue } from '../csv';
import type { BatchIndicators, UnitRow } from './batch-indicators';
import { COUNTS } from './indicators';
import { permille, rateText, type Rate } from './rates';

/** The header: 机关, file, the counts, every indicator (%), then the main ones' change. */
export function indicatorsHeader(table: BatchIndicators): string[] {
  const main = table.defs.filter((d) => d.main);
  return [
    '机关',
    '文件',
    '年度',
    ...COUNTS.map((c) => c.name),
    ...table.defs.map((d) => `${d.name}（%）`),
    ...main.map((d) => `${d.name}较上年（百分点）`),
    '强制性问题',
    '核实性问题',
    '提示性问题',
  ];
}

/** A rate as a number of percent (one decimal), so a spreadsheet can sort and sum it. */
function percent(r: Rate | undefined): CsvValue {
  if (!r) return '—';
  return r.kind === 'rate' ? permille(r.num, r.den) / 10 : rateText(r);
}

function rates(table: BatchIndicators, values: Readonly<Record<string, Rate>>): CsvValue[] {
  return table.defs.map((d) => percent(values[d.id]));
}

/** The change in percentage points as a signed number ("—" without last year's figure). */
function changes(table: BatchIndicators, change: Readonly<Record<string, number | undefined>>) {
  return table.defs
    .filter((d) => d.main)
    .map((d): CsvValue => {
      const value = change[d.id];
      return value === undefined ? '—' : value / 10;
    });
}

function unitLine(table: BatchIndicators, unit: UnitRow): CsvValue[] {
  return [
    unit.org,
    unit.file,
    table.year,
    ...COUNTS.map((c) => unit.counts[c.id] ?? '数据不全'),
    ...rates(table, unit.rates),
    ...changes(table, unit.change),
    unit.levels.error,
    unit.levels.warning,
    unit.levels.info,
  ];
}

/** The CSV text of the indicators table. */
export function indicatorsCsv(table: BatchIndicators): string {
  const total = table.units.reduce(
    (sum, u) => ({
      error: sum.error + u.levels.error,
      warning: sum.warning + u.levels.warning,
      info: sum.info + u.levels.info,
    }),
    { error: 0, warning: 0, info: 0 },
  );
  const totalLine: CsvValue[] = [
    `合计（${table.units.length}个单位）`,
    '',
    table.year,
    ...COUNTS.map((c) => table.total.counts[c.id] ?? '数据不全'),
    ...rates(table, table.total.rates),
    ...changes(table, table.total.change),
    total.error,
    total.warning,
    total.info,
  ];
  return csvDocument(indicatorsHeader(table), [
    ...table.units.map((u) => unitLine(table, u)),
    totalLine,
  ]);
}
