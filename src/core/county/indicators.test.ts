/**
 * Each indicator worked out by hand from the figures in testing/county-batch.ts (the comments
 * there give the sums), the small-sample guard, the ranking and the CSV.
 */
import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import type { Report } from '../report';
import { readCsv } from '../../testing/csv-payloads';
import { UNITS_2023, UNITS_2024, unitReport } from '../../testing/county-batch';
import { batchIndicators, batchYear, type UnitRow } from './batch-indicators';
import { indicatorsCsv } from './indicators-csv';
import { rankUnits } from './ranking';
import { changeText, rateText, type Rate } from './rates';

const files = [...UNITS_2024, ...UNITS_2023].map((spec) => ({
  file: `${spec.org}-${spec.year ?? 2024}.json`,
  report: unitReport(spec),
}));

function table() {
  const t = batchIndicators(files);
  if (!t) throw new Error('no indicators');
  return t;
}

function unit(org: string): UnitRow {
  const found = table().units.find((u) => u.org.includes(org));
  if (!found) throw new Error(org);
  return found;
}

const text = (r: Rate | undefined) => (r ? rateText(r) : 'missing');

describe('the fixture batch is itself consistent', () => {
  it('every report balances (no error findings)', () => {
    for (const { report } of files) {
      expect(checkAll(report).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

describe('indicators of one unit, by hand', () => {
  it('城关镇: 实质公开率 (6+2)/12, 不予公开 1/12, 无法提供 2/12 of which 本机关不掌握 2/12', () => {
    const { rates, sums } = unit('城关镇');
    expect(sums.disclosure).toEqual({ num: 8, den: 12 });
    expect(text(rates.disclosure)).toBe('66.7%');
    expect(text(rates.denied)).toBe('8.3%');
    expect(text(rates.unable)).toBe('16.7%');
    expect(sums.unheld).toEqual({ num: 2, den: 12 });
    expect(text(rates.unheld)).toBe('16.7%');
  });

  it('城关镇: 结转率 1/(12+1), 自然人占比 10/12; 复议 over 2 cases is 样本过少', () => {
    const { rates, sums } = unit('城关镇');
    expect(sums.carry).toEqual({ num: 1, den: 13 });
    expect(text(rates.carry)).toBe('7.7%');
    expect(text(rates.applicant_natural)).toBe('83.3%');
    expect(text(rates.applicant_business)).toBe('16.7%');
    expect(rates.review_corrected).toEqual({ kind: 'few', num: 1, den: 2 });
    expect(text(rates.review_corrected)).toBe('样本过少');
    expect(text(rates.suit_corrected)).toBe('样本过少');
  });

  it('自然资源局: 12/18, 2/18, 3/18, 1/18, 结转 4/22, 复议 2/5, 诉讼 (1+0)/(3+2)', () => {
    const { rates } = unit('自然资源局');
    expect(
      [
        'disclosure',
        'denied',
        'unable',
        'unheld',
        'carry',
        'review_corrected',
        'suit_corrected',
      ].map((id) => text(rates[id])),
    ).toEqual(['66.7%', '11.1%', '16.7%', '5.6%', '18.2%', '40.0%', '20.0%']);
    expect(text(rates.applicant_natural)).toBe('70.0%');
    expect(text(rates.applicant_legal)).toBe('10.0%');
  });

  it('a rate over fewer than 5 applications is 样本过少 (马屯镇: 2 of 3)', () => {
    const { rates, counts } = unit('马屯镇');
    expect(counts).toEqual({ received: 3, handled: 3 });
    expect(rates.disclosure).toEqual({ kind: 'few', num: 2, den: 3 });
    expect(text(rates.disclosure)).toBe('样本过少');
  });

  it('exactly 5 is enough: the guard is "fewer than 5"', () => {
    const five = unitReport({
      org: '清河县五件镇',
      t3: { new: { natural: 5 }, open: { natural: 4 }, partial: { natural: 1 } },
    });
    const t = batchIndicators([{ file: 'five.json', report: five }]);
    expect(text(t?.units[0]?.rates.disclosure)).toBe('100.0%');
  });

  it('a blank cell makes the indicator unknown, not a rate over 0', () => {
    const [first] = UNITS_2024;
    if (!first) throw new Error('fixture');
    const report = unitReport(first);
    const blank: Report = { ...report, cells: { ...report.cells, t3_partial_total: null } };
    const t = batchIndicators([{ file: 'blank.json', report: blank }]);
    expect(text(t?.units[0]?.rates.disclosure)).toBe('数据不全');
    expect(text(t?.units[0]?.rates.carry)).toBe('7.7%');
  });
});

describe('the total and year on year', () => {
  it('the total is the summed figures: 22/33, 3/33, 6/33, 4/33, 5/38, 3/7, 1/5', () => {
    const { total, units } = table();
    expect(units).toHaveLength(3);
    expect(total.counts).toEqual({ received: 35, handled: 33 });
    expect(
      [
        'disclosure',
        'denied',
        'unable',
        'unheld',
        'carry',
        'review_corrected',
        'suit_corrected',
      ].map((id) => text(total.rates[id])),
    ).toEqual(['66.7%', '9.1%', '18.2%', '12.1%', '13.2%', '42.9%', '20.0%']);
    expect(text(total.rates.applicant_natural)).toBe('77.1%');
  });

  it('last year is matched by 机关: 城关镇 50.0% → 66.7% is +16.7, 自然资源局 7/9 → 12/18 is -11.1', () => {
    expect(text(unit('城关镇').lastYear?.rates.disclosure)).toBe('50.0%');
    expect(changeText(unit('城关镇').change.disclosure)).toBe('+16.7个百分点');
    expect(changeText(unit('自然资源局').change.disclosure)).toBe('-11.1个百分点');
    expect(unit('马屯镇').lastYear).toBeUndefined();
    expect(changeText(unit('马屯镇').change.disclosure)).toBe('—');
    // 马屯镇 has no 2023 report: the county's change would compare unlike totals.
    expect(table().total.change.disclosure).toBeUndefined();
  });

  it('the year shown is the latest with at least half as many reports as the commonest', () => {
    expect(table().year).toBe(2024);
    expect(batchYear([2023, 2023, 2023, 2024, 2024])).toBe(2024);
    expect(batchYear([2023, 2023, 2023, 2023, 2024])).toBe(2023);
    expect(batchIndicators(files, { year: 2023 })?.units.map((u) => u.org)).toHaveLength(2);
  });
});

describe('the ranking respects the guard', () => {
  it('ranks by exact fractions, ties share a rank, 样本过少 follows unranked', () => {
    const ranked = rankUnits(table().units, 'disclosure');
    // 城关镇 8/12 and 自然资源局 12/18 are both exactly 2/3: a shared first place.
    expect(ranked.map((r) => [r.unit.org.slice(3), r.rank])).toEqual([
      ['城关镇人民政府', 1],
      ['自然资源局', 1],
      ['马屯镇人民政府', undefined],
    ]);
    const byCarry = rankUnits(table().units, 'carry', true);
    // 马屯镇's 0 of 3 carried is 样本过少: last, unranked, although 0% would lead an ascending list.
    expect(byCarry.map((r) => r.rank)).toEqual([1, 2, undefined]);
    expect(byCarry[0]?.unit.org).toContain('城关镇');
    expect(byCarry[2]?.unit.org).toContain('马屯镇');
  });
});

describe('the CSV', () => {
  it('has Chinese names, values in %, one line per unit and the total', () => {
    const rows = readCsv(indicatorsCsv(table()));
    const [header, ...lines] = rows;
    expect(header).toContain('实质公开率（%）');
    expect(header).toContain('其中：本机关不掌握占比（%）');
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const city = lines.find((l) => l[0]?.includes('城关镇'));
    expect(city?.[col('实质公开率（%）')]).toBe('66.7');
    expect(city?.[col('结转率（%）')]).toBe('7.7');
    expect(city?.[col('实质公开率较上年（百分点）')]).toBe('16.7');
    const land = lines.find((l) => l[0]?.includes('自然资源局'));
    expect(land?.[col('实质公开率较上年（百分点）')]).toBe('-11.1');
    expect(lines.find((l) => l[0]?.includes('马屯镇'))?.[col('实质公开率（%）')]).toBe('样本过少');
    const total = lines.at(-1);
    expect(total?.[0]).toBe('合计（3个单位）');
    expect(total?.[col('行政复议纠错率（%）')]).toBe('42.9');
    expect(total?.[col('本年新收')]).toBe('35');
  });
});
