/**
 * The evaluator's rulebook: for every rule added for evaluators, a realistic failing example
 * and a passing one, and the property that the standard wording never trips the text rules.
 */
import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import { standardSentences } from '../narrative';
import { lastYearLink, type CellValue, type OrgType, type Report } from '../report';
import { reportFixture as fixture } from '../../testing/fixtures';
import { LEVEL_LABELS, RULES, type RuleId } from './catalogue';
import { explainFinding, pruneExplanations } from './explanations';

const example = fixture('example-2021');

function withText(report: Report, text: Partial<Report['text']>): Report {
  return { ...report, text: { ...report.text, ...text } };
}

function withCells(report: Report, cells: Record<string, CellValue>): Report {
  return { ...report, cells: { ...report.cells, ...cells } };
}

function ofRule(report: Report, rule: RuleId, lastYear?: Report, stage?: 'export') {
  return checkAll(report, lastYear, stage ? { stage } : {}).filter((f) => f.rule === rule);
}

describe('the example report is clean under every new rule', () => {
  it.each([
    'DATE_DEADLINE',
    'TEXT_YEAR',
    'PLACEHOLDER',
    'SEC5_SUBSTANCE',
    'SEC6_FEE',
    'TEXT_CONTRADICTION',
    'OVERVIEW_COVERAGE',
    'TEXT_LINT',
  ] as const)('%s', (rule) => {
    expect(ofRule(example, rule, undefined, 'export')).toEqual([]);
  });
});

describe('DATE_DEADLINE', () => {
  const dated = (date: string | undefined, orgType: OrgType) => {
    const { date: _date, ...meta } = example.meta;
    return { ...example, meta: { ...meta, orgType, ...(date ? { date } : {}) } };
  };

  it.each([
    ['2025-01-20', 'township'],
    ['2025-01-31', 'department'],
    ['2025-03-31', 'county-government'],
  ] as const)('%s is in time for %s', (date, type) => {
    expect(ofRule(dated(date, type), 'DATE_DEADLINE')).toEqual([]);
  });

  it('a department publishing in February is late, and the message names the basis', () => {
    const [found] = ofRule(dated('2025-02-15', 'department'), 'DATE_DEADLINE');
    expect(found?.message).toContain('晚于公布期限 2025年1月31日');
    expect(found?.message).toContain('第四十九条');
    expect(found?.field).toBe('meta.date');
  });

  it('a county government has until 3月31日; a township follows 1月31日 by default', () => {
    expect(ofRule(dated('2025-03-01', 'county-government'), 'DATE_DEADLINE')).toEqual([]);
    expect(ofRule(dated('2025-03-01', 'township'), 'DATE_DEADLINE')[0]?.message).toContain(
      '乡镇/街道',
    );
  });

  it('a date inside the report year is too early', () => {
    expect(ofRule(dated('2024-12-20', 'township'), 'DATE_DEADLINE')[0]?.message).toContain(
      '早于报告年度（2024年）结束',
    );
  });

  it('a missing date is a warning at export only', () => {
    expect(ofRule(dated(undefined, 'township'), 'DATE_DEADLINE')).toEqual([]);
    expect(ofRule(dated(undefined, 'township'), 'DATE_DEADLINE', undefined, 'export')).toHaveLength(
      1,
    );
  });
});

describe('TEXT_YEAR', () => {
  it("flags last year's statistics period and opening left in a 2024 report, quoting them", () => {
    const report = withText(example, {
      intro:
        '本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      overview: '2023年，我镇深入贯彻落实政务公开工作要点，主动公开政府信息。',
    });
    const found = ofRule(report, 'TEXT_YEAR');
    expect(found).toHaveLength(2);
    expect(found[0]?.message).toContain('2023年1月1日起至2023年12月31日');
    expect(found[1]?.message).toContain('2023年，我镇深入贯彻落实政务公开工作要点');
    expect(found.map((f) => f.field)).toEqual(['text.intro', 'text.overview']);
  });

  it('accepts the report year, and last year named in 五 as last year', () => {
    const report = withText(example, {
      intro: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      overview: '2024年，我镇主动公开政府信息。',
      problems: '针对2023年度报告中指出的问题，我镇已全部整改到位。',
    });
    expect(ofRule(report, 'TEXT_YEAR')).toEqual([]);
  });
});

describe('PLACEHOLDER', () => {
  it.each([
    ['overview', '本年度共发布政府信息XX条，其中政策解读×××篇。', '“XX”'],
    ['other', '本年度收取信息处理费（  ）元。', '“（  ）”'],
    ['overview', '某某镇人民政府认真落实政务公开要求。', '“某某”'],
    ['problems', '【请填写存在的问题】', '请填写'],
  ] as const)('%s: %j', (key, text, shown) => {
    const [found] = ofRule(withText(example, { [key]: text }), 'PLACEHOLDER');
    expect(found?.message).toContain(shown);
    expect(found?.field).toBe(`text.${key}`);
  });

  it('finds it in the 机关名称 too, and leaves web addresses and real text alone', () => {
    const org = { ...example, meta: { ...example.meta, org: 'XX镇人民政府' } };
    expect(ofRule(org, 'PLACEHOLDER')[0]?.field).toBe('meta.org');
    const url = withText(example, {
      overview: `${example.text.overview ?? ''}本报告可在http://www.qsz.gov.cn/xxgk/下载。`,
    });
    expect(ofRule(url, 'PLACEHOLDER')).toEqual([]);
  });
});

describe('SEC5_SUBSTANCE', () => {
  it('"无" is not a section', () => {
    expect(ofRule(withText(example, { problems: '无。' }), 'SEC5_SUBSTANCE')).toHaveLength(1);
  });

  it("with last year linked, 五 must say how last year's problems were rectified", () => {
    const lastYear = { ...example, meta: { ...example.meta, year: 2023 } };
    const silent = withText(example, {
      problems:
        '一是公开内容不够全面，部分栏目更新不及时；二是工作人员业务水平有待提高。下一步，我镇将加强培训，完善制度，及时更新栏目内容。',
    });
    expect(ofRule(silent, 'SEC5_SUBSTANCE', lastYear)[0]?.message).toContain('上年度（2023年）');
    const rectified = withText(silent, {
      problems: `针对上年度报告中提出的栏目更新不及时问题，已落实专人负责，整改到位。${silent.text.problems ?? ''}`,
    });
    expect(ofRule(rectified, 'SEC5_SUBSTANCE', lastYear)).toEqual([]);
  });
});

describe('SEC6_FEE', () => {
  it('2021 format: 六 must state the 信息处理费', () => {
    const missing = withText(example, { other: '本年度无其他需要报告的事项。' });
    expect(ofRule(missing, 'SEC6_FEE')).toHaveLength(1);
    for (const other of [
      '本年度未收取信息处理费。',
      '本年度收取信息处理费共计120元。',
      '2024年本机关没有收取信息处理费。',
    ])
      expect(ofRule(withText(example, { other }), 'SEC6_FEE'), other).toEqual([]);
  });

  it('the 2019 format does not ask for it', () => {
    const seed = fixture('seed-000');
    expect(ofRule(withText(seed, { other: '无。' }), 'SEC6_FEE')).toEqual([]);
  });
});

describe('TEXT_CONTRADICTION', () => {
  it('"均已办结" while applications are carried to next year', () => {
    const report = withCells(
      withText(example, { overview: '本年度收到的政府信息公开申请均已按时办结。' }),
      { t3_carry_next_natural: 1, t3_carry_next_total: 1, t3_open_natural: 2, t3_open_total: 6 },
    );
    const [found] = ofRule(report, 'TEXT_CONTRADICTION');
    expect(found?.message).toContain('均已按时办结');
    expect(found?.message).toContain('结转下年度继续办理 总计为 1');
    expect(found?.cells).toEqual(['t3_carry_next_total']);
  });

  it('"人大代表建议均已办结" is not about applications', () => {
    const report = withCells(
      withText(example, { other: '本年度承办的人大代表建议均已办结。本年度未收取信息处理费。' }),
      {
        t3_carry_next_total: 1,
      },
    );
    expect(ofRule(report, 'TEXT_CONTRADICTION')).toEqual([]);
  });

  it('"均获维持" while 表四 has 结果纠正', () => {
    const report = withCells(
      withText(example, { overview: '本年度发生的政府信息公开行政复议案件均获维持。' }),
      { t4_review_corrected: 1, t4_review_upheld: 0, t4_review_total: 1 },
    );
    const found = ofRule(report, 'TEXT_CONTRADICTION');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('结果纠正 合计为 1');
  });

  it('"未收到…申请" while 一 has applications', () => {
    const report = withText(example, { overview: '本年度未收到政府信息公开申请。' });
    expect(ofRule(report, 'TEXT_CONTRADICTION')[0]?.cells).toEqual(['t3_new_total']);
  });
});

describe('TABLE_REUSE and YOY_JUMP', () => {
  const lastYear = { ...example, meta: { ...example.meta, year: 2023 } };
  const nextYear = { ...example, lastYear: lastYearLink(lastYear) };

  it('the same tables as last year are flagged, own figures are not', () => {
    expect(ofRule(nextYear, 'TABLE_REUSE')[0]?.message).toMatch(/与上年报告（2023年）相同/);
    const own = Object.fromEntries(
      Object.entries(example.cells).map(([id, v]) => [id, typeof v === 'number' ? v + 1 : v]),
    );
    expect(ofRule({ ...nextYear, cells: own }, 'TABLE_REUSE')).toEqual([]);
  });

  it('a total that grew more than fivefold is an info', () => {
    const small = withCells(lastYear, { t4_review_upheld: 0, t4_review_total: 2 });
    const big = withCells(example, { t4_review_upheld: 12, t4_review_total: 12 });
    const [found] = ofRule(big, 'YOY_JUMP', small);
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('表四 行政复议 总计：本年 12，上年（2023年）2');
    expect(ofRule(example, 'YOY_JUMP', lastYear)).toEqual([]);
  });
});

describe('OVERVIEW_COVERAGE and TEXT_LINT', () => {
  it('一 without 平台建设 and 监督保障 is told which aspects are missing', () => {
    const report = withText(example, {
      overview: '本年度主动公开政府信息120条，依申请公开办理申请5件，规范化管理政府信息。',
    });
    expect(ofRule(report, 'OVERVIEW_COVERAGE')[0]?.message).toContain('平台建设、监督保障');
  });

  it('doubled words, half-width commas and a [2021] document number', () => {
    const report = withText(example, {
      problems:
        '我镇将进一步进一步完善制度,落实责任。依据某县政办[2021]5号文件的的要求开展工作，常常深入基层。',
    });
    const [found] = ofRule(report, 'TEXT_LINT');
    expect(found?.message).toContain('重复的“进一步进一步”');
    expect(found?.message).toContain('半角标点“,”');
    expect(found?.message).toContain('〔2021〕');
    expect(found?.message).not.toContain('常常');
    expect(found?.severity).toBe('info');
  });
});

describe('levels and explanations', () => {
  it('every rule has a level, a basis and a fix', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(LEVEL_LABELS[rule.severity], id).toMatch(/^(强制性|核实性|提示性)$/);
      expect(rule.basis.length, id).toBeGreaterThan(5);
      expect(rule.fix.length, id).toBeGreaterThan(5);
    }
  });

  it('an explained warning shows as explained until one of its cells changes', () => {
    const report = withCells(example, { t2_rules_made: 1 });
    const township = { ...report, meta: { ...report.meta, orgType: 'township' as const } };
    const [warning] = ofRule(township, 'TOWNSHIP_RULES');
    if (!warning) throw new Error('no TOWNSHIP_RULES warning');
    const explained = explainFinding(township, warning, '本镇受县政府委托起草，按县里要求填报');
    expect(ofRule(explained, 'TOWNSHIP_RULES')[0]?.explained?.reason).toContain('受县政府委托');
    const changed = withCells(explained, { t2_rules_made: 2 });
    expect(ofRule(changed, 'TOWNSHIP_RULES')[0]?.explained).toBeUndefined();
    expect(pruneExplanations(changed).explanations).toEqual([]);
    expect(pruneExplanations(explained).explanations).toHaveLength(1);
  });

  it('errors cannot be explained away', () => {
    const broken = withCells(example, { t4_review_total: 99 });
    const [error] = ofRule(broken, 'T4_SUM');
    if (!error) throw new Error('no T4_SUM error');
    expect(() => explainFinding(broken, error, '情况属实')).toThrow(/错误不能/);
  });
});

describe('standard wording never trips the text rules', () => {
  const TEXT_RULES: RuleId[] = [
    'TEXT_YEAR',
    'PLACEHOLDER',
    'TEXT_LINT',
    'TEXT_TABLE_MISMATCH',
    'TEXT_CONTRADICTION',
  ];

  /** A balanced 2021 report from a seed: every figure of 表三 and 表四 derived from `seed`. */
  function balanced(seed: number): Report {
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % 4;
    };
    const cells: Record<string, CellValue> = { ...example.cells };
    const columns = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'];
    const rows = Object.keys(example.cells)
      .filter((id) => id.startsWith('t3_') && id.endsWith('_natural'))
      .map((id) => id.slice(3, -'_natural'.length))
      .filter((r) => !['new', 'carried', 'result_total', 'carry_next'].includes(r));
    for (const c of columns) {
      let results = 0;
      for (const r of rows) {
        const v = next();
        cells[`t3_${r}_${c}`] = v;
        results += v;
      }
      const carried = next();
      const carryNext = next();
      cells[`t3_carried_${c}`] = carried;
      cells[`t3_carry_next_${c}`] = carryNext;
      cells[`t3_new_${c}`] = Math.max(0, results + carryNext - carried);
      cells[`t3_carried_${c}`] = results + carryNext - Number(cells[`t3_new_${c}`]);
    }
    for (const r of [...rows, 'new', 'carried', 'carry_next'])
      cells[`t3_${r}_total`] = columns.reduce((s, c) => s + Number(cells[`t3_${r}_${c}`]), 0);
    for (const c of [...columns, 'total'])
      cells[`t3_result_total_${c}`] = rows.reduce((s, r) => s + Number(cells[`t3_${r}_${c}`]), 0);
    for (const g of ['review', 'suit_direct', 'suit_after']) {
      const parts = ['upheld', 'corrected', 'other', 'pending'].map((k) => {
        const v = next() % 2;
        cells[`t4_${g}_${k}`] = v;
        return v;
      });
      cells[`t4_${g}_total`] = parts.reduce((s, v) => s + v, 0);
    }
    return { ...example, cells };
  }

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('balanced report %i', (seed) => {
    const report = balanced(seed);
    expect(checkAll(report).filter((f) => f.severity === 'error')).toEqual([]);
    const text = `${standardSentences(report)}\n本年度未收取信息处理费。`;
    const withStandard = withText(report, { overview: text, problems: text, other: text });
    const found = checkAll(withStandard).filter((f) => TEXT_RULES.includes(f.rule));
    expect(found).toEqual([]);
  });
});
