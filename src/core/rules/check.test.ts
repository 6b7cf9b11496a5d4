import { describe, expect, it } from 'vitest';
import { cellsOf } from '../cells';
import { createReport, type CellValue, type Report } from '../report';
import { getTemplate, TEMPLATES } from '../templates';
import type { TemplateId } from '../templates';
import { RULES, type Finding, type RuleId } from './catalogue';
import { checkReport } from '../check';
import { equationCells, equationsOf } from '../equations';
import { t3ResultRows } from '../roles';
import { reportFixture as fixture } from '../../testing/fixtures';

/** A copy of the report with some cells replaced. */
function withCells(report: Report, cells: Record<string, CellValue>): Report {
  const copy = structuredClone(report);
  Object.assign(copy.cells, cells);
  return copy;
}

/** A report whose narrative is written and whose cells are all 0, in the given format. */
function zeroReport(template: TemplateId, cells: Record<string, CellValue> = {}): Report {
  const year = template === '2019' ? 2020 : 2024;
  const report = createReport({ org: '某某镇人民政府', year, orgType: 'township' });
  report.text = { overview: '总体情况。', problems: '存在问题。', other: '无。' };
  for (const id of Object.keys(report.cells)) report.cells[id] = 0;
  return withCells(report, cells);
}

const errors = (report: Report) => checkReport(report).filter((f) => f.severity === 'error');
const ofRule = (report: Report, rule: RuleId) => checkReport(report).filter((f) => f.rule === rule);

/** The only finding of a rule that names this cell. */
function findingOn(findings: readonly Finding[], rule: RuleId, cell: string): Finding {
  const found = findings.filter((f) => f.rule === rule && f.cells.includes(cell));
  expect(found, `${rule} on ${cell}`).toHaveLength(1);
  const first = found[0];
  if (!first) throw new Error(`no ${rule} on ${cell}`);
  return first;
}

function expectMessage(finding: Finding, parts: readonly (string | number)[]) {
  for (const part of parts) expect(finding.message).toContain(String(part));
}

const T3_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const TEMPLATE_IDS = TEMPLATES.map((t) => t.id);

describe('the fixtures', () => {
  it.each(['example-2021', 'seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'])(
    '%s has no errors',
    (name) => {
      expect(errors(fixture(name))).toEqual([]);
    },
  );

  it('every finding carries the severity of its rule', () => {
    for (const name of ['seed-001', 'seed-004']) {
      for (const f of checkReport(fixture(name))) expect(f.severity).toBe(RULES[f.rule].severity);
    }
  });
});

describe('T3_BALANCE: 一 + 二 = （七）总计 + 四, per column', () => {
  it.each(TEMPLATE_IDS)('%s: passes when the column balances', (id) => {
    const report = zeroReport(id, {
      t3_new_natural: 17,
      t3_new_total: 17,
      t3_open_natural: 11,
      t3_open_total: 11,
      t3_result_total_natural: 11,
      t3_result_total_total: 11,
      t3_carry_next_natural: 6,
      t3_carry_next_total: 6,
    });
    expect(errors(report)).toEqual([]);
  });

  it.each(TEMPLATE_IDS)('%s: fails when nothing is carried to next year', (id) => {
    const report = zeroReport(id, {
      t3_new_natural: 17,
      t3_new_total: 17,
      t3_open_natural: 11,
      t3_open_total: 11,
      t3_result_total_natural: 11,
      t3_result_total_total: 11,
    });
    const found = errors(report);
    expect(found.map((f) => f.rule)).toEqual(['T3_BALANCE', 'T3_BALANCE']);
    const natural = findingOn(found, 'T3_BALANCE', 't3_result_total_natural');
    expect(natural.severity).toBe('error');
    expect([...natural.cells].sort()).toEqual(
      [
        't3_result_total_natural',
        't3_new_natural',
        't3_carried_natural',
        't3_carry_next_natural',
      ].sort(),
    );
    expect(natural.expected).toBe(17);
    expect(natural.actual).toBe(11);
    expectMessage(natural, ['表三', '（七）总计', '自然人', '填报', 11, 17]);
    const total = findingOn(found, 'T3_BALANCE', 't3_result_total_total');
    expect(total.expected).toBe(17);
    expect(total.actual).toBe(11);
    expectMessage(total, ['（七）总计', '总计', '填报', 11, 17]);
  });

  it('a blank （七）总计 that should be non-zero is reported as not filled in', () => {
    const report = zeroReport('2021', {
      t3_new_legal: 4,
      t3_new_total: 4,
      t3_carry_next_legal: 4,
      t3_carry_next_total: 4,
    });
    expect(errors(report)).toEqual([]);
    const blank = withCells(report, {
      t3_new_legal: 9,
      t3_new_total: 9,
      t3_result_total_legal: null,
    });
    const finding = findingOn(errors(blank), 'T3_BALANCE', 't3_result_total_legal');
    expect(finding.actual).toBeNull();
    expect(finding.expected).toBe(5);
    expectMessage(finding, ['（七）总计', '法律服务机构', '未填写', 5]);
  });

  it('a blank （七）总计 that should be 0 is no error (only BLANK_CELL)', () => {
    const report = zeroReport('2019', { t3_result_total_research: null });
    expect(errors(report)).toEqual([]);
    expect(ofRule(report, 'BLANK_CELL').map((f) => f.cells)).toEqual([
      ['t3_result_total_research'],
    ]);
  });
});

describe('T3_RESULT_SUM: （七）总计 = sum of the result rows, per column', () => {
  /** The rows counted in （七）总计 in each format (the official format, rule 2). */
  const RESULT_ROWS: Record<TemplateId, string[]> = {
    '2019': ['open', 'partial', 'deny_query', 'unable_unclear', 'reject_confirm', 'other_handling'],
    '2021': [
      'open',
      'partial',
      'deny_secret',
      'unable_unheld',
      'reject_massive',
      'other_overdue',
      'other_unpaid',
      'other_misc',
    ],
  };

  it.each(TEMPLATE_IDS.flatMap((id) => RESULT_ROWS[id].map((row) => [id, row] as const)))(
    '%s: a result counted under %s balances',
    (id, row) => {
      const report = zeroReport(id, {
        t3_new_nonprofit: 3,
        t3_new_total: 3,
        [`t3_${row}_nonprofit`]: 3,
        [`t3_${row}_total`]: 3,
        t3_result_total_nonprofit: 3,
        t3_result_total_total: 3,
      });
      expect(errors(report)).toEqual([]);
    },
  );

  it.each(TEMPLATE_IDS)('%s: fails when （七）总计 leaves out a result', (id) => {
    const report = zeroReport(id, { t3_open_business: 7, t3_open_total: 7 });
    const found = errors(report);
    expect(found.map((f) => f.rule)).toEqual(['T3_RESULT_SUM', 'T3_RESULT_SUM']);
    const finding = findingOn(found, 'T3_RESULT_SUM', 't3_result_total_business');
    expect(finding.expected).toBe(7);
    expect(finding.actual).toBe(0);
    const resultRows = t3ResultRows(getTemplate(id)).map((r) => r.key);
    expect([...finding.cells].sort()).toEqual(
      ['t3_result_total_business', ...resultRows.map((r) => `t3_${r}_business`)].sort(),
    );
    expectMessage(finding, ['表三', '（七）总计', '商业企业', '填报 0', 7]);
  });

  it('2021: counts all three （六） sub-items', () => {
    const report = zeroReport('2021', {
      t3_new_natural: 6,
      t3_new_total: 6,
      t3_other_overdue_natural: 1,
      t3_other_overdue_total: 1,
      t3_other_unpaid_natural: 2,
      t3_other_unpaid_total: 2,
      t3_other_misc_natural: 3,
      t3_other_misc_total: 3,
      t3_result_total_natural: 5,
      t3_result_total_total: 5,
      t3_carry_next_natural: 1,
      t3_carry_next_total: 1,
    });
    const finding = findingOn(errors(report), 'T3_RESULT_SUM', 't3_result_total_natural');
    expect(finding.expected).toBe(6);
    expect(finding.actual).toBe(5);
  });
});

describe('T3_ROW_SUM: 总计 = the six applicant columns, per row', () => {
  it.each(TEMPLATE_IDS)('%s: passes when every row adds up', (id) => {
    const report = zeroReport(id, {
      t3_new_natural: 1,
      t3_new_business: 2,
      t3_new_research: 3,
      t3_new_nonprofit: 4,
      t3_new_legal: 5,
      t3_new_other: 6,
      t3_new_total: 21,
      t3_carry_next_natural: 1,
      t3_carry_next_business: 2,
      t3_carry_next_research: 3,
      t3_carry_next_nonprofit: 4,
      t3_carry_next_legal: 5,
      t3_carry_next_other: 6,
      t3_carry_next_total: 21,
    });
    expect(errors(report)).toEqual([]);
  });

  it.each(TEMPLATE_IDS)('%s: fails when a row total misses a column', (id) => {
    const report = zeroReport(id, {
      t3_new_research: 4,
      t3_new_total: 4,
      t3_deny_secret_research: 4,
      t3_result_total_research: 4,
      t3_result_total_total: 4,
    });
    const found = errors(report);
    const finding = findingOn(found, 'T3_ROW_SUM', 't3_deny_secret_total');
    expect(finding.severity).toBe('error');
    expect([...finding.cells].sort()).toEqual(T3_COLUMNS.map((c) => `t3_deny_secret_${c}`).sort());
    expect(finding.expected).toBe(4);
    expect(finding.actual).toBe(0);
    expectMessage(finding, ['表三', '（三）不予公开', '1.属于国家秘密', '总计', '填报 0', 4]);
    // The same cell also breaks the 总计 column's result sum; nothing else is wrong.
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(['T3_ROW_SUM', 'T3_RESULT_SUM']));
    expect(found).toHaveLength(2);
  });
});

describe('T4_SUM: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
  const GROUPS = [
    ['review', '行政复议'],
    ['suit_direct', '未经复议直接起诉'],
    ['suit_after', '复议后起诉'],
  ] as const;

  it.each(GROUPS)('passes when %s adds up', (group) => {
    const report = zeroReport('2021', {
      [`t4_${group}_upheld`]: 1,
      [`t4_${group}_corrected`]: 2,
      [`t4_${group}_other`]: 3,
      [`t4_${group}_pending`]: 4,
      [`t4_${group}_total`]: 10,
    });
    expect(errors(report)).toEqual([]);
  });

  it.each(GROUPS)('fails when %s does not add up', (group, label) => {
    const report = zeroReport('2019', {
      [`t4_${group}_corrected`]: 3,
      [`t4_${group}_pending`]: 5,
      [`t4_${group}_total`]: 2,
    });
    const found = errors(report);
    expect(found).toHaveLength(1);
    const finding = findingOn(found, 'T4_SUM', `t4_${group}_total`);
    expect([...finding.cells].sort()).toEqual(
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => `t4_${group}_${r}`).sort(),
    );
    expect(finding.expected).toBe(8);
    expect(finding.actual).toBe(2);
    expectMessage(finding, ['表四', label, '总计', '填报 2', 8]);
  });
});

describe('VALUE_INVALID', () => {
  it('passes on valid values of every kind', () => {
    const report = zeroReport('2019', {
      t2_license_delta: -3,
      t2_fee_delta: '+2',
      t2_procurement_amount: 96171.6,
      t2_service_prev: '1,234',
    });
    expect(ofRule(report, 'VALUE_INVALID')).toEqual([]);
  });

  it.each([
    ['2021', 't3_new_natural', 'abc', ['一、本年新收政府信息公开申请数量', '自然人']],
    ['2021', 't3_new_natural', -1, ['一、本年新收政府信息公开申请数量', '自然人']],
    ['2021', 't4_review_total', 1.5, ['行政复议', '总计']],
    ['2021', 't2_fee_amount', 0.123456789, ['行政事业性收费', '本年收费金额']],
    ['2021', 't2_fee_amount', '-1', ['行政事业性收费']],
    ['2019', 't2_license_delta', '1.5', ['行政许可', '本年增/减']],
    ['2019', 't2_procurement_count', '三', ['政府集中采购', '采购项目数量']],
  ] as const)('%s: %s = %j is one error naming the cell', (id, cell, value, labels) => {
    const report = zeroReport(id, { [cell]: value });
    const found = errors(report);
    expect(found).toHaveLength(1);
    const finding = findingOn(found, 'VALUE_INVALID', cell);
    expect(finding.cells).toEqual([cell]);
    expect(finding.severity).toBe('error');
    expectMessage(finding, [...labels, String(value)]);
  });
});

describe('AMOUNT_PRECISION', () => {
  it('warns about an amount finer than 1 元, keeps it, and raises no error', () => {
    const report = zeroReport('2019', { t2_procurement_amount: 123.456789 });
    expect(errors(report)).toEqual([]);
    const found = ofRule(report, 'AMOUNT_PRECISION');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.cells).toEqual(['t2_procurement_amount']);
    expectMessage(found[0] as Finding, ['政府集中采购', '123.456789', '精度']);
    expect(
      ofRule(zeroReport('2019', { t2_procurement_amount: 123.4568 }), 'AMOUNT_PRECISION'),
    ).toEqual([]);
  });
});

describe('BLANK_CELL', () => {
  it('passes when every cell is filled', () => {
    expect(ofRule(fixture('example-2021'), 'BLANK_CELL')).toEqual([]);
    expect(ofRule(zeroReport('2019'), 'BLANK_CELL')).toEqual([]);
  });

  it('is one warning per table, with the count and the first blank cells named', () => {
    const report = withCells(fixture('example-2021'), {
      t3_carried_research: null,
      t3_carried_legal: '  ',
    });
    const found = ofRule(report, 'BLANK_CELL');
    expect(found).toHaveLength(1);
    const finding = found[0];
    expect(finding?.severity).toBe('warning');
    expect([...(finding?.cells ?? [])].sort()).toEqual(['t3_carried_legal', 't3_carried_research']);
    for (const part of [
      '表三 还有 2 个空白单元格',
      '二、上年结转政府信息公开申请数量',
      '科研机构',
      '法律服务机构',
    ]) {
      expect(finding?.message).toContain(part);
    }
  });

  it('gives one warning per table, never one per row', () => {
    const report = withCells(zeroReport('2021'), {
      t2_fee_amount: null,
      t4_suit_after_pending: null,
      t3_open_total: null,
      t3_open_natural: null,
      t3_deny_law_legal: null,
      t3_carry_next_other: null,
    });
    const found = ofRule(report, 'BLANK_CELL');
    expect(found).toHaveLength(3);
    expect(found.map((f) => f.cells.length)).toEqual([1, 4, 1]);
    expect(found[1]?.message).toContain('表三 还有 4 个空白单元格');
    expect(found[1]?.message).toMatch(/ 等$/);
  });

  it.each(TEMPLATE_IDS)("%s: every blank cell is in its table's one warning", (id) => {
    const report = zeroReport(id);
    const infos = cellsOf(getTemplate(id));
    // One filled cell per table keeps each table "started".
    const kept = new Set(['t2_rules_made', 't3_new_natural', 't4_review_upheld']);
    for (const cell of Object.keys(report.cells)) if (!kept.has(cell)) report.cells[cell] = null;
    const found = ofRule(report, 'BLANK_CELL');
    expect(found).toHaveLength(3);
    expect(found.flatMap((f) => f.cells).sort()).toEqual(
      [...infos.keys()].filter((c) => !kept.has(c)).sort(),
    );
    for (const f of found) {
      const table = infos.get(f.cells[0] ?? '')?.table;
      expect(f.cells.every((c) => infos.get(c)?.table === table)).toBe(true);
      expect(f.message).toContain(`还有 ${f.cells.length} 个空白单元格`);
    }
  });

  it('does not count computed totals, which nobody types', () => {
    const report = withCells(zeroReport('2021'), { t3_open_natural: null, t3_open_total: null });
    const auto = { ...report, totals: { t3: 'auto' as const, t4: 'auto' as const } };
    expect(ofRule(auto, 'BLANK_CELL').flatMap((f) => f.cells)).toEqual(['t3_open_natural']);
    expect(
      ofRule(report, 'BLANK_CELL')
        .flatMap((f) => f.cells)
        .sort(),
    ).toEqual(['t3_open_natural', 't3_open_total'].sort());
  });

  it.each(TEMPLATE_IDS)('%s: a table not started yet is one warning naming the table', (id) => {
    const report = zeroReport(id);
    const infos = cellsOf(getTemplate(id));
    const t3 = [...infos.values()].filter((c) => c.table === 't3').map((c) => c.id);
    for (const cell of t3) report.cells[cell] = null;
    const found = ofRule(report, 'BLANK_CELL');
    expect(found).toHaveLength(1);
    expect(found[0]?.cells).toEqual(t3);
    expect(found[0]?.message).toContain(`表三 尚未填写（全部 ${t3.length} 个单元格为空`);
  });

  it('table 四: blanks in different groups are each named by their group', () => {
    const report = zeroReport('2021', { t4_review_pending: null, t4_suit_after_pending: null });
    const found = ofRule(report, 'BLANK_CELL');
    expect(found).toHaveLength(1);
    expect([...(found[0]?.cells ?? [])].sort()).toEqual(
      ['t4_review_pending', 't4_suit_after_pending'].sort(),
    );
    expect(found[0]?.message).toContain('行政复议 尚未审结');
    expect(found[0]?.message).toContain('复议后起诉 尚未审结');
  });

  it('seed-001: names exactly the cells the file leaves blank', () => {
    const report = fixture('seed-001');
    const blank = Object.entries(report.cells)
      .filter(([, v]) => v === null)
      .map(([id]) => id);
    expect(blank.length).toBeGreaterThan(0);
    const found = ofRule(report, 'BLANK_CELL');
    expect(found.flatMap((f) => f.cells).sort()).toEqual(blank.sort());
    for (const f of found) expect(f.severity).toBe('warning');
  });
});

describe('TOWNSHIP_RULES', () => {
  it('passes for a township with no 规章, and for a department that makes them', () => {
    expect(ofRule(fixture('example-2021'), 'TOWNSHIP_RULES')).toEqual([]);
    const department = withCells(fixture('example-2021'), { t2_rules_made: 2 });
    department.meta.orgType = 'department';
    expect(ofRule(department, 'TOWNSHIP_RULES')).toEqual([]);
  });

  it.each([
    ['2021', 't2_rules_made', '本年制发件数'],
    ['2021', 't2_rules_valid', '现行有效件数'],
    ['2019', 't2_rules_published', '本年新公开数量'],
  ] as const)('%s: a township reporting %s is warned', (id, cell, col) => {
    const report = zeroReport(id, { [cell]: 3 });
    const found = ofRule(report, 'TOWNSHIP_RULES');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.cells).toEqual([cell]);
    expect(found[0]?.message).toContain('规章');
    expect(found[0]?.message).toContain(col);
    expect(found[0]?.message).toContain('3');
  });
});

describe('TEMPLATE_YEAR', () => {
  it('passes when the format matches the year', () => {
    for (const name of ['example-2021', 'seed-000', 'seed-004']) {
      expect(ofRule(fixture(name), 'TEMPLATE_YEAR')).toEqual([]);
    }
  });

  it.each([
    ['seed-000', 2022, '2021'],
    ['example-2021', 2020, '2019'],
  ] as const)('%s dated %i is warned to use the %s format', (name, year, wanted) => {
    const report = fixture(name);
    report.meta.year = year;
    const found = ofRule(report, 'TEMPLATE_YEAR');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain(String(year));
    expect(found[0]?.message).toContain(getTemplate(wanted).name);
    expect(found[0]?.message).toContain(getTemplate(report.template).name);
  });

  it('a year before 2019 is warned', () => {
    const report = fixture('seed-000');
    report.meta.year = 2018;
    expect(ofRule(report, 'TEMPLATE_YEAR')).toHaveLength(1);
  });
});

describe('SECTION_EMPTY', () => {
  it('passes when every section has text', () => {
    expect(ofRule(fixture('example-2021'), 'SECTION_EMPTY')).toEqual([]);
  });

  it.each([
    ['overview', '一、总体情况'],
    ['problems', '五、存在的主要问题及改进情况'],
    ['other', '六、其他需要报告的事项'],
  ] as const)('an empty %s is warned by its heading', (key, heading) => {
    const report = fixture('example-2021');
    report.text[key] = ' \n\u3000 ';
    const found = ofRule(report, 'SECTION_EMPTY');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain(heading);
  });

  it('a missing text counts as empty', () => {
    const report = fixture('example-2021');
    delete report.text.problems;
    expect(ofRule(report, 'SECTION_EMPTY')).toHaveLength(1);
  });
});

describe('TEXT_TABLE_MISMATCH', () => {
  it('seed-004 says it received 1 application while its table says 0', () => {
    const found = ofRule(fixture('seed-004'), 'TEXT_TABLE_MISMATCH');
    expect(found).toHaveLength(1);
    const finding = found[0];
    expect(finding?.severity).toBe('warning');
    expect(finding?.cells).toEqual(['t3_new_total']);
    expect(finding?.expected).toBe(0);
    expect(finding?.actual).toBe(1);
    expect(finding?.message).toContain('收到并办理1起依申请公开');
    expect(finding?.message).toContain('一、本年新收政府信息公开申请数量');
  });

  it.each(['example-2021', 'seed-000', 'seed-001', 'seed-002', 'seed-003'])(
    '%s: the narrative agrees with the tables',
    (name) => {
      expect(ofRule(fixture(name), 'TEXT_TABLE_MISMATCH')).toEqual([]);
    },
  );

  it.each([
    ['共收到政府信息公开申请15件', '共收到政府信息公开申请14件', ['t3_new_total'], 15, 14],
    ['上年结转2件', '上年结转3件', ['t3_carried_total'], 2, 3],
    ['结转下年度继续办理1件', '结转下年度继续办理4件', ['t3_carry_next_total'], 1, 4],
    ['予以公开6件', '予以公开5件', ['t3_open_total'], 6, 5],
    ['行政复议2件', '行政复议3件', ['t4_review_total'], 2, 3],
    ['行政诉讼2件', '行政诉讼1件', ['t4_suit_direct_total', 't4_suit_after_total'], 2, 1],
  ])('example-2021 with “%s” changed to “%s”', (from, to, cells, table, stated) => {
    const report = fixture('example-2021');
    const overview = report.text.overview ?? '';
    expect(overview).toContain(from);
    report.text.overview = overview.replace(from, to);
    const found = ofRule(report, 'TEXT_TABLE_MISMATCH');
    expect(found).toHaveLength(1);
    expect(found[0]?.cells).toEqual(cells);
    expect(found[0]?.expected).toBe(table);
    expect(found[0]?.actual).toBe(stated);
    expect(found[0]?.message).toContain(to);
  });

  it('“受理 N 件” with N = 新收 + 上年结转 is consistent; another N is a mismatch', () => {
    const report = fixture('example-2021');
    // example-2021: 新收 15, 上年结转 2.
    report.text.overview = '本年度受理政府信息公开申请 17 件。';
    expect(ofRule(report, 'TEXT_TABLE_MISMATCH')).toEqual([]);
    report.text.overview = '本年度受理政府信息公开申请 18 件。';
    expect(ofRule(report, 'TEXT_TABLE_MISMATCH').map((f) => f.actual)).toEqual([18]);
    // "收到" counts only this year's: 17 is a mismatch there.
    report.text.overview = '本年度共收到政府信息公开申请17件。';
    expect(ofRule(report, 'TEXT_TABLE_MISMATCH').map((f) => f.actual)).toEqual([17]);
  });

  it('a statement of zero in words against a non-zero table is a contradiction, not a mismatch', () => {
    const report = withCells(fixture('seed-001'), { t4_review_upheld: 1, t4_review_total: 1 });
    expect(ofRule(report, 'TEXT_TABLE_MISMATCH')).toEqual([]);
    const found = ofRule(report, 'TEXT_CONTRADICTION');
    expect(found.map((f) => f.cells)).toEqual([['t4_review_total']]);
    expect(found[0]?.message).toContain('表四 行政复议 总计为 1');
  });
});

describe('mutation property: each balance equation catches exactly its own cells', () => {
  const BALANCED = ['example-2021', 'seed-000', 'seed-002', 'seed-003', 'seed-004'];

  it.each(BALANCED)('%s: +1 on any cell of 三 or 四 breaks exactly its equations', (name) => {
    const report = fixture(name);
    expect(errors(report)).toEqual([]);
    const template = getTemplate(report.template);
    const equations = equationsOf(template);
    let checked = 0;
    for (const info of cellsOf(template).values()) {
      if (info.table === 't2') continue;
      const value = report.cells[info.id];
      expect(typeof value, info.id).toBe('number');
      const mutated = withCells(report, { [info.id]: Number(value) + 1 });
      const found = errors(mutated);
      const own = equations.filter((eq) => equationCells(eq).includes(info.id));
      expect(own.length, info.id).toBeGreaterThan(0);
      expect(new Set(found.map((f) => f.rule)), info.id).toEqual(new Set(own.map((eq) => eq.rule)));
      expect(found, info.id).toHaveLength(own.length);
      for (const f of found) expect(f.cells, `${info.id}: ${f.message}`).toContain(info.id);
      checked++;
    }
    expect(checked).toBe(template.id === '2019' ? 176 : 190);
  });

  it.each(BALANCED)('%s: changing a table 二 cell is never an error', (name) => {
    const report = fixture(name);
    const template = getTemplate(report.template);
    for (const info of cellsOf(template).values()) {
      if (info.table !== 't2') continue;
      const value = Number(report.cells[info.id]);
      const changes =
        info.kind === 'amount'
          ? [1.5, 96171.6, 7730.28]
          : info.kind === 'signed'
            ? [value + 1, value - 5]
            : [value + 1, value + 7];
      for (const changed of changes) {
        expect(errors(withCells(report, { [info.id]: changed })), info.id).toEqual([]);
      }
    }
  });

  it.each(BALANCED)('%s: -1 in any count cell is exactly one VALUE_INVALID', (name) => {
    const report = fixture(name);
    const template = getTemplate(report.template);
    for (const info of cellsOf(template).values()) {
      if (info.kind !== 'count') continue;
      const found = errors(withCells(report, { [info.id]: -1 }));
      expect(
        found.map((f) => [f.rule, f.cells]),
        info.id,
      ).toEqual([['VALUE_INVALID', [info.id]]]);
    }
  });
});
