import { describe, expect, it } from 'vitest';
import { lastYearLink, type Report } from '../report';
import { checkAll, checkCrossYear } from '../check';
import { reportFixture as fixture } from '../../testing/fixtures';

const lastYear = fixture('example-2021.json');

/** Next year's report that agrees with `lastYear` on every cross-year rule. */
function consistentNextYear(): Report {
  const cells = { ...lastYear.cells };
  for (const c of ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']) {
    cells[`t3_carried_${c}`] = lastYear.cells[`t3_carry_next_${c}`] ?? null;
  }
  // This year's own figures: every 表三 and 表四 cell one more than last year (TABLE_REUSE).
  for (const id of Object.keys(cells)) {
    const value = cells[id];
    if (/^t[34]_/.test(id) && !id.startsWith('t3_carried_') && typeof value === 'number')
      cells[id] = value + 1;
  }
  // 12 valid + 2 made − 1 repealed = 13
  Object.assign(cells, { t2_normative_made: 2, t2_normative_repealed: 1, t2_normative_valid: 13 });
  // New narrative: TEXT_REUSE has its own tests.
  const text = { overview: '', problems: '', other: '' };
  return { ...lastYear, meta: { ...lastYear.meta, year: 2025 }, text, cells };
}

describe('CARRY_OVER', () => {
  it('is silent when 二、上年结转 equals last year’s 四、结转下年度继续办理', () => {
    expect(checkCrossYear(consistentNextYear(), lastYear)).toEqual([]);
  });

  it('names the column that differs, with both values', () => {
    const report = consistentNextYear();
    report.cells.t3_carried_legal = 4;
    const findings = checkCrossYear(report, lastYear);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'CARRY_OVER',
      severity: 'warning',
      cells: ['t3_carried_legal'],
      expected: lastYear.cells.t3_carry_next_legal,
      actual: 4,
    });
    expect(findings[0]?.message).toContain('法律服务机构');
    expect(findings[0]?.message).toContain('2024年');
  });

  it('works across formats: a 2020 report in the 2019 format before a 2021 report', () => {
    const seed = fixture('seed-000.json'); // all zeros
    const report = consistentNextYear();
    const findings = checkCrossYear(report, seed).filter((f) => f.rule === 'CARRY_OVER');
    const nonZero = Object.keys(report.cells).filter(
      (id) => id.startsWith('t3_carried_') && report.cells[id] !== 0,
    );
    expect(findings.map((f) => f.cells[0]).sort()).toEqual(nonZero.sort());
  });
});

describe('T2_STOCK', () => {
  it('warns when 现行有效件数 ≠ last year’s + 制发 − 废止', () => {
    const report = consistentNextYear();
    report.cells.t2_normative_valid = 15;
    const [finding] = checkCrossYear(report, lastYear);
    expect(finding).toMatchObject({ rule: 'T2_STOCK', expected: 13, actual: 15 });
    expect(finding?.cells).toContain('t2_normative_valid');
    expect(finding?.message).toContain('行政规范性文件 现行有效件数');
  });

  it('warns when more are repealed than existed', () => {
    const report = consistentNextYear();
    Object.assign(report.cells, { t2_normative_repealed: 20, t2_normative_valid: 0 });
    const [finding] = checkCrossYear(report, lastYear);
    expect(finding?.rule).toBe('T2_STOCK');
    expect(finding?.message).toContain('本年废止 20 件');
  });

  it('needs the 2021 format on both sides', () => {
    const report = consistentNextYear();
    report.cells.t2_normative_valid = 99;
    expect(checkCrossYear(report, fixture('seed-000.json')).map((f) => f.rule)).not.toContain(
      'T2_STOCK',
    );
  });
});

describe('checkAll', () => {
  it('runs the cross-year rules against the report linked in the file', () => {
    const report = consistentNextYear();
    report.cells.t3_carried_natural = 7;
    expect(checkAll(report).map((f) => f.rule)).not.toContain('CARRY_OVER');
    const linked: Report = { ...report, lastYear: lastYearLink(lastYear) };
    const carry = checkAll(linked).filter((f) => f.rule === 'CARRY_OVER');
    expect(carry.map((f) => f.cells)).toEqual([['t3_carried_natural']]);
    // A last-year report given explicitly takes the place of the linked one.
    const agreeing: Report = {
      ...lastYear,
      cells: { ...lastYear.cells, t3_carry_next_natural: 7 },
    };
    expect(checkAll(linked, agreeing).filter((f) => f.rule === 'CARRY_OVER')).toEqual([]);
  });
});
