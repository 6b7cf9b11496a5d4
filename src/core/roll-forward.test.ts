import { describe, expect, it } from 'vitest';
import { checkAll } from './check';
import { undistributed, undistributedCells, undistributedIn } from './distribution';
import { sameOrgName } from './org-name';
import { t3Applicants, t3Cell, t3ResultRows } from './roles';
import { linkProblems, rollForward, startingStock } from './roll-forward';
import { getTemplate } from './templates';
import { reportFixture as fixture } from '../testing/fixtures';

const example = fixture('example-2021');

describe('rollForward', () => {
  it("next year: same 机关, the year's format, last year linked, 上年结转 carried, the rest blank", () => {
    const { report, rolled } = rollForward(example);
    expect(report.meta).toEqual({
      org: example.meta.org,
      year: 2025,
      orgType: example.meta.orgType,
      signature: example.meta.signature,
    });
    expect(report.template).toBe('2021');
    expect(report.lastYear?.year).toBe(2024);
    for (const c of getTemplate('2021').t3.columns)
      expect(report.cells[`t3_carried_${c.key}`], c.key).toBe(
        example.cells[`t3_carry_next_${c.key}`],
      );
    const filled = Object.entries(report.cells)
      .filter(([, v]) => v !== null)
      .map(([id]) => id);
    expect(filled.every((id) => id.startsWith('t3_carried_'))).toBe(true);
    // The text starts afresh, with the usual opening paragraph for the new year.
    const { intro, ...sections } = report.text;
    expect(Object.values(sections).every((t) => t === '')).toBe(true);
    expect(intro).toBe(
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布青山镇人民政府2025年政府信息公开工作年度报告。本报告所列数据的统计期限为2025年1月1日至2025年12月31日。',
    );
    expect(rolled).toEqual([]);
    expect(report.totals).toEqual({ t3: 'auto', t4: 'auto' });
  });

  it("has no errors: the carried row waiting for this year's results is in progress", () => {
    const { report } = rollForward(example);
    expect(checkAll(report).filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkAll(report).filter((f) => f.rule === 'CARRY_OVER')).toEqual([]);
    const exported = checkAll(report, undefined, { stage: 'export' });
    expect(exported.some((f) => f.rule === 'T3_BALANCE')).toBe(
      getTemplate('2021').t3.columns.some(
        (c) => Number(example.cells[`t3_carry_next_${c.key}`]) > 0,
      ),
    );
  });

  it('with the text: the report year rolls forward everywhere, and each change is listed', () => {
    const last = {
      ...example,
      text: {
        ...example.text,
        intro: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
        problems: '针对2023年度报告所列问题，2024年已整改；２０２４年底前完成培训。',
      },
    };
    const { report, rolled } = rollForward(last, { keepText: true });
    expect(report.text.intro).toBe(
      '本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
    );
    expect(report.text.problems).toBe(
      '针对2023年度报告所列问题，2025年已整改；2025年底前完成培训。',
    );
    expect(rolled.filter((r) => r.key === 'intro')).toHaveLength(2);
    for (const r of rolled) expect(report.text[r.key]?.slice(r.index, r.index + 4)).toBe('2025');
    expect(checkAll(report).filter((f) => f.rule === 'TEXT_YEAR')).toEqual([]);
  });

  it('2020 (2019 format) → 2021 (2021 format): carried by column, 上一年项目数量 not in 2021', () => {
    const seed = fixture('seed-002');
    const { report } = rollForward(seed);
    expect(report.template).toBe('2021');
    expect(report.cells.t3_carried_total).toBe(seed.cells.t3_carry_next_total);
  });

  it("2019 format → 2019 format: 上一年项目数量 = last year's + 本年增/减", () => {
    const seed = { ...fixture('seed-002'), meta: { ...fixture('seed-002').meta, year: 2019 } };
    const with2019 = {
      ...seed,
      template: '2019' as const,
      cells: { ...seed.cells, t2_license_prev: 10, t2_license_delta: -3 },
    };
    const { report } = rollForward(with2019);
    expect(report.template).toBe('2019');
    expect(report.cells.t2_license_prev).toBe(7);
  });

  it("2021: last year's 现行有效件数 is the starting stock", () => {
    const stock = startingStock(getTemplate('2021'), example);
    expect(stock.get('t2_normative_valid')).toBe(example.cells.t2_normative_valid);
  });
});

describe('linking last year', () => {
  it('the same 机关 with or without 人民政府/办事处, and the year before, fit', () => {
    expect(sameOrgName('青山镇人民政府', '青山镇')).toBe(true);
    expect(sameOrgName('城关街道办事处', '城关街道')).toBe(true);
    expect(sameOrgName('青山镇人民政府', '绿水镇人民政府')).toBe(false);
    const last = { meta: { org: '青山镇', year: 2023 } };
    expect(linkProblems(example, last)).toEqual([]);
  });

  it('another 机关 or another year is named', () => {
    const problems = linkProblems(example, { meta: { org: '绿水镇人民政府', year: 2022 } });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('绿水镇人民政府');
    expect(problems[1]).toContain('应关联 2023 年度');
  });
});

describe('undistributed (待分配)', () => {
  it('is 0 in every column of a balanced report', () => {
    expect(undistributed(example).every((u) => u.value === 0)).toBe(true);
  });

  it('shows what the result rows still have to take, per column', () => {
    const { report } = rollForward(example);
    const withNew = {
      ...report,
      cells: { ...report.cells, t3_new_natural: 10, t3_open_natural: 4 },
    };
    const natural = undistributed(withNew).find((u) => u.column === 'natural');
    expect(natural?.value).toBe(10 + Number(report.cells.t3_carried_natural) - 4);
    expect(natural?.label).toBe('自然人');
  });

  it('reads the typed text of the watched cells only, and marks a column with an invalid cell', () => {
    const template = getTemplate(example.template);
    const ids = undistributedCells(template);
    const cells = Object.fromEntries(ids.map((id) => [id, String(example.cells[id] ?? '')]));
    expect(undistributedIn(template, cells).every((u) => u.value === 0 && !u.invalid)).toBe(true);
    const first = t3Applicants(template)[0]?.key ?? '';
    const natural = t3Cell(template, t3ResultRows(template)[0]?.key ?? '', first);
    const typo = undistributedIn(template, { ...cells, [natural]: '１００' });
    const column = typo.find((u) => u.column === first);
    expect(column?.value).toBe(Number(example.cells[natural]) - 100);
    const bad = undistributedIn(template, { ...cells, [natural]: 'abc' });
    expect(bad.find((u) => u.column === first)?.invalid).toBe(true);
    expect(bad.filter((u) => u.invalid)).toHaveLength(1);
  });
});
