/**
 * SUMMARY_UNITS on a county's 汇总 made from its units, then one unit's figure changed: the
 * finding names that cell and no other, both sides, and the units included, missing and excluded.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../report';
import { summarise } from '../summary';
import { UNITS_2023, UNITS_2024, unitReport } from '../../testing/county-batch';
import { checkSummaries } from './summary-units';

const units = UNITS_2024.map((spec) => unitReport(spec));
const lastYear = UNITS_2023.map((spec) => unitReport(spec));

/** The county's 汇总 as this tool makes it: it lists the units it added. */
const ours = summarise(
  units.map((report, i) => ({ name: `u${i}.json`, report, unresolvedErrors: 0 })),
  { org: '清河县（汇总）' },
).report;

/** The same figures as another tool writes them: no list of units, and a plain name. */
function bare(org: string): Report {
  const { summary: _summary, ...rest } = ours as Report & { summary?: unknown };
  return { ...rest, meta: { ...rest.meta, org } };
}

function changed(report: Report, id: string, by: number): Report {
  return { ...report, cells: { ...report.cells, [id]: Number(report.cells[id]) + by } };
}

const batch = (...reports: Report[]) =>
  reports.map((report, i) => ({ file: `f${i}.json`, report }));

describe('SUMMARY_UNITS', () => {
  it('a 汇总 that is the sum of its units is clean', () => {
    const [check] = checkSummaries(batch(ours, ...units, ...lastYear));
    expect(check?.evidence).toBe('record');
    expect(check?.included).toHaveLength(3);
    expect(check?.findings).toEqual([]);
  });

  it('one unit figure changed: a finding on that cell only, with both sides and the units', () => {
    const [first, ...rest] = units;
    if (!first) throw new Error('fixture');
    const edited = changed(first, 't3_open_natural', 2);
    const [check] = checkSummaries(batch(ours, edited, ...rest));
    const found = check?.findings ?? [];
    // The 汇总's own 予以公开 of 自然人 (and not its 总计, which no unit changed) differs.
    expect(found.map((f) => f.cells)).toEqual([['t3_open_natural']]);
    expect(found[0]?.rule).toBe('SUMMARY_UNITS');
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.actual).toBe(14);
    expect(found[0]?.expected).toBe(16);
    expect(found[0]?.message).toContain('汇总的表三 （一）予以公开 自然人为 14');
    expect(found[0]?.message).toContain('所含单位之和为 16，相差 2');
    expect(found[0]?.message).toContain(
      '计入3个单位：清河县城关镇人民政府、清河县自然资源局、清河县马屯镇人民政府',
    );
  });

  it('a 汇总 recognised by its name; the expected list names the missing and the excluded', () => {
    const [, second, third] = units;
    if (!second || !third) throw new Error('fixture');
    const named = bare('清河县人民政府（汇总）');
    const stranger = unitReport({
      org: '邻县某某乡人民政府',
      t3: { new: { natural: 1 }, open: { natural: 1 } },
    });
    const expected = UNITS_2024.map((u) => u.org);
    const [check] = checkSummaries(batch(named, second, third, stranger), { expected });
    expect(check?.evidence).toBe('name');
    expect(check?.missing).toEqual(['清河县城关镇人民政府']);
    expect(check?.excluded).toEqual([
      { org: '邻县某某乡人民政府', reason: '不在应报送单位名单中' },
    ]);
    // 城关镇 is missing: only cells where the 汇总 is below the two known units are certain.
    // Its 总计 of 本年新收 is 35 ≥ 20 + 3, so nothing there; lower one below them and it is found.
    expect(check?.findings).toEqual([]);
    const low = changed(named, 't3_new_total', -15);
    const [lowCheck] = checkSummaries(batch(low, second, third), { expected });
    expect(lowCheck?.findings.map((f) => f.cells[0])).toEqual(['t3_new_total']);
    expect(lowCheck?.findings[0]?.message).toContain('小于已知单位之和 23');
    expect(lowCheck?.findings[0]?.message).toContain('未报送：清河县城关镇人民政府');
  });

  it('a 汇总 with no name or list is recognised by being the sum, and a changed cell found', () => {
    const plain = changed(bare('清河县人民政府'), 't4_review_corrected', 1);
    const [check] = checkSummaries(batch(plain, ...units));
    expect(check?.evidence).toBe('sum');
    expect(check?.findings.map((f) => f.cells[0])).toEqual(['t4_review_corrected']);
  });

  it('an ordinary county report in a batch of units is not taken for a 汇总', () => {
    const county = unitReport({
      org: '清河县人民政府',
      orgType: 'county-government',
      t3: { new: { natural: 9 }, open: { natural: 7 }, partial: { natural: 2 } },
    });
    expect(checkSummaries(batch(county, ...units))).toEqual([]);
  });

  it('a unit in another format is excluded, and makes the sum a floor', () => {
    const [first, ...rest] = units;
    if (!first) throw new Error('fixture');
    const older = { ...first, template: '2019' as const, cells: {} };
    const [check] = checkSummaries(batch(ours, older, ...rest));
    expect(check?.excluded[0]?.reason).toContain('格式不同');
    expect(check?.findings).toEqual([]);
  });
});
