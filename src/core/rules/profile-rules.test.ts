/**
 * Each field of a profile changes exactly the findings it should: the findings with the profile
 * are compared with the same report's findings without it.
 */
import { describe, expect, it } from 'vitest';
import { reportFixture as fixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { parseProfile } from '../profile/load';
import type { Profile } from '../profile/schema';
import type { Report } from '../report';
import type { Finding } from './catalogue';
import { explainFinding } from './explanations';
import { countChars } from './text-parts';

const BASIS = '某政办发〔2025〕1号';

/** A profile for the 2024 reports with only the given fields. */
function profile(fields: Record<string, unknown>): Profile {
  const result = parseProfile({
    kind: 'gongkai-profile',
    version: 1,
    name: '某市2024年度政府信息公开工作年度报告编制要求',
    issuer: '某市人民政府办公室',
    basis: BASIS,
    year: 2024,
    ...fields,
  });
  if (!result.ok) throw new Error(result.message);
  return result.profile;
}

const key = (f: Finding) => `${f.rule}|${f.severity}|${f.message}`;

/** What the profile adds to and takes from the report's findings. */
function change(report: Report, p: Profile, lastYear?: Report) {
  const before = checkAll(report, lastYear);
  const after = checkAll(report, lastYear, { profile: p });
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    added: after.filter((f) => !had.has(key(f))),
    removed: before.filter((f) => !has.has(key(f))),
  };
}

/** The 2021 example (青山镇, a township, 2024) with changes. */
function township(meta: Partial<Report['meta']> = {}, text: Partial<Report['text']> = {}): Report {
  const base = fixture('example-2021');
  return { ...base, meta: { ...base.meta, ...meta }, text: { ...base.text, ...text } };
}

describe('deadlines', () => {
  const p = profile({ deadlines: { township: '01-20' } });

  it('a township report dated 1月25日 against 1月20日: one DATE_DEADLINE citing the basis', () => {
    const { added, removed } = change(township({ date: '2025-01-25' }), p);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      rule: 'DATE_DEADLINE',
      severity: 'warning',
      field: 'meta.date',
    });
    expect(added[0]?.message).toBe(
      `成文日期 2025年1月25日 晚于地方要求的报送期限 2025年1月20日（乡镇/街道1月20日前）（依据：${BASIS}）`,
    );
    expect(added[0]?.basis).toContain(BASIS);
  });

  it('dated 1月20日 it is on time; without the profile 1月25日 is too (national 1月31日)', () => {
    expect(change(township({ date: '2025-01-20' }), p)).toEqual({ added: [], removed: [] });
    const plain = checkAll(township({ date: '2025-01-25' }));
    expect(plain.filter((f) => f.rule === 'DATE_DEADLINE')).toEqual([]);
  });

  it('a department is held to the national date where the profile names only townships', () => {
    const report = township({ date: '2025-02-03', orgType: 'department' });
    const { added, removed } = change(report, p);
    expect([added, removed]).toEqual([[], []]);
    expect(
      checkAll(report, undefined, { profile: p }).find((f) => f.rule === 'DATE_DEADLINE')?.message,
    ).toContain('第四十九条');
  });

  it('a publication date alone is the deadline when no submission date is set', () => {
    const q = profile({ deadlines: { township: { publish: '02-10' } } });
    const report = township({ date: '2025-02-05' });
    // National default 1月31日 would flag it; the county allows 2月10日.
    const { added, removed } = change(report, q);
    expect(added).toEqual([]);
    expect(removed.map((f) => f.rule)).toEqual(['DATE_DEADLINE']);
  });
});

/** A 总体情况 of exactly `n` characters as the notice counts them (no white space). */
function overviewOf(n: number): string {
  const base = fixture('example-2021').text.overview ?? '';
  const filler =
    '镇政务公开工作领导小组定期研究部署政务公开重点任务，督促各办所站按时更新栏目内容，做到应公开尽公开。';
  let text = base;
  while (countChars(text) < n) text += `\n${filler}`;
  while (countChars(text) > n) text = text.slice(0, -1);
  return text;
}

describe('maxChars', () => {
  const p = profile({ maxChars: { overview: 1000 } });

  it('a 总体情况 of 1,200 characters against 1,000: one OVERVIEW_LENGTH with both numbers', () => {
    const { added, removed } = change(township({}, { overview: overviewOf(1200) }), p);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      rule: 'OVERVIEW_LENGTH',
      severity: 'warning',
      field: 'text.overview',
      expected: 1000,
      actual: 1200,
    });
    expect(added[0]?.message).toContain('共 1200 字，超过地方要求的 1000 字（多 200 字');
    expect(added[0]?.message).toContain(`依据：${BASIS}`);
  });

  it('exactly 1,000 is within the limit; spaces and line breaks do not count', () => {
    expect(change(township({}, { overview: overviewOf(1000) }), p).added).toEqual([]);
    const spaced = overviewOf(1000).replace(/，/g, '， \u3000');
    expect(change(township({}, { overview: spaced }), p).added).toEqual([]);
  });

  it('counts 汉字, punctuation, digits and letters one each', () => {
    expect(countChars('2024年，全镇 发布 \n信息 12 条。ABC')).toBe(19);
    expect(countChars('𠀋字')).toBe(2);
  });
});

describe('required', () => {
  const p = profile({
    required: [
      {
        section: 'overview',
        part: '主动公开',
        anyOf: ['政务新媒体'],
        figure: true,
        message: '主动公开部分应写明通过政务新媒体公开信息的数量',
      },
    ],
  });
  const overview = fixture('example-2021').text.overview ?? '';
  const withText = (text: string) => township({}, { overview: text });
  const active = '（一）主动公开\n';

  it('a 主动公开 without any figure about 政务新媒体: one PROFILE_REQUIRED naming the part', () => {
    const { added, removed } = change(withText(overview), p);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ rule: 'PROFILE_REQUIRED', field: 'text.overview' });
    expect(added[0]?.message).toBe(
      `一、总体情况“主动公开”部分：主动公开部分应写明通过政务新媒体公开信息的数量（未提到“政务新媒体”）（依据：${BASIS}）`,
    );
  });

  it('mentioned without a number in the sentence: said so', () => {
    const text = overview.replace(
      active,
      `${active}通过政务新媒体发布工作动态。全年公开信息368条。\n`,
    );
    const [found] = change(withText(text), p).added;
    expect(found?.message).toContain('提到了“政务新媒体”，但同一句中没有数字');
  });

  it('a figure in the same sentence meets it, Arabic or Chinese, not a year or a date', () => {
    for (const sentence of [
      '通过政务新媒体发布信息126条。',
      '通过政务新媒体发布信息一百二十六条。',
      '政务新媒体全年更新１２６次。',
    ]) {
      const text = overview.replace(active, `${active}${sentence}\n`);
      expect(change(withText(text), p).added, sentence).toEqual([]);
    }
    for (const sentence of ['2024年，通过政务新媒体发布信息。', '12月31日前政务新媒体完成改版。']) {
      const text = overview.replace(active, `${active}${sentence}\n`);
      expect(change(withText(text), p).added, sentence).toHaveLength(1);
    }
  });

  it('stated in another part only: says where', () => {
    const platform = '（四）政府信息公开平台建设\n';
    const text = overview.replace(platform, `${platform}运营政务新媒体3个，发布信息126条。\n`);
    const [found] = change(withText(text), p).added;
    expect(found?.message).toContain('“政务新媒体”及数字只出现在“（四）政府信息公开平台建设”部分');
  });

  it('a text without sub-headings is searched whole, and says so', () => {
    const flat = overview.replace(/（[一二三四五]）[^\n]*\n/g, '');
    const [found] = change(withText(flat), p).added;
    expect(found?.message).toContain('未找到“主动公开”的小标题，已查该部分全文');
    const stated = `${flat}\n全年通过政务新媒体发布信息126条。`;
    expect(change(withText(stated), p).added).toEqual([]);
  });

  it('a township without 政务新媒体 explains it (情况属实), and the explanation holds', () => {
    const report = withText(overview);
    const [found] = checkAll(report, undefined, { profile: p }).filter(
      (f) => f.rule === 'PROFILE_REQUIRED',
    );
    if (!found) throw new Error('no PROFILE_REQUIRED');
    const explained = explainFinding(report, found, '本镇未开设政务新媒体账号');
    const again = checkAll(explained, undefined, { profile: p }).find(
      (f) => f.rule === 'PROFILE_REQUIRED',
    );
    expect(again?.explained?.reason).toBe('本镇未开设政务新媒体账号');
  });

  it('keywords alone: a heading over text counts, a heading alone does not', () => {
    const q = profile({
      required: [{ section: 'problems', anyOf: ['整改'], message: '应写明上年度问题的整改情况' }],
    });
    expect(change(township(), q).added).toEqual([]); // （一）上年度问题整改情况 and what was done
    const bare = township(
      {},
      { problems: '（一）上年度问题整改情况\n（二）存在的主要问题\n栏目更新不及时。' },
    );
    expect(change(bare, q).added.map((f) => f.rule)).toEqual(['PROFILE_REQUIRED']);
  });
});

describe('levels', () => {
  const lastYear = fixture('example-2021');
  /** Next year's report whose 表三 new applications jumped tenfold (YOY_JUMP). */
  function jumped(): Report {
    const cells = { ...lastYear.cells };
    for (const id of Object.keys(cells)) {
      const v = cells[id];
      if (id.startsWith('t3_new_') && typeof v === 'number') cells[id] = v * 10;
    }
    return { ...lastYear, meta: { ...lastYear.meta, year: 2025, date: '2026-01-20' }, cells };
  }
  const for2025 = (fields: Record<string, unknown>) => ({ ...profile(fields), year: 2025 });

  it('YOY_JUMP off: exactly the YOY_JUMP findings go', () => {
    const report = jumped();
    const before = checkAll(report, lastYear).filter((f) => f.rule === 'YOY_JUMP');
    expect(before.length).toBeGreaterThan(0);
    const { added, removed } = change(report, for2025({ levels: { YOY_JUMP: 'off' } }), lastYear);
    expect(added).toEqual([]);
    expect(removed.map(key)).toEqual(before.map(key));
  });

  it('raised or lowered: same findings at the new level, saying so and citing the basis', () => {
    const report = township({}, { overview: '（一）主动公开\n全年公开信息368条。' });
    const before = checkAll(report).filter((f) => f.rule === 'OVERVIEW_COVERAGE');
    expect(before).toHaveLength(1);
    const { added, removed } = change(
      report,
      profile({ levels: { OVERVIEW_COVERAGE: 'warning' } }),
    );
    expect(removed.map(key)).toEqual(before.map(key));
    expect(added).toHaveLength(1);
    expect(added[0]?.severity).toBe('warning');
    expect(added[0]?.message).toBe(
      `${before[0]?.message ?? ''}（地方要求列为核实性，依据：${BASIS}）`,
    );
  });

  it('a balance rule cannot be turned off, even by a profile that bypasses the loader', () => {
    const broken = township();
    broken.cells.t3_new_natural = Number(broken.cells.t3_new_natural) + 1;
    const errors = checkAll(broken).filter((f) => f.rule === 'T3_BALANCE');
    expect(errors.length).toBeGreaterThan(0);
    const forced: Profile = {
      ...profile({}),
      levels: { T3_BALANCE: 'off', VALUE_INVALID: 'info' },
    };
    const after = checkAll(broken, undefined, { profile: forced });
    expect(after.filter((f) => f.rule === 'T3_BALANCE').map(key)).toEqual(errors.map(key));
  });
});

describe('placeholders and years', () => {
  it('a placeholder of the profile left in a text is a PLACEHOLDER citing the basis', () => {
    const p = profile({ placeholders: ['【单位名称】'] });
    const report = township({}, { problems: '【单位名称】将进一步加强培训，提升办理质量。' });
    const { added } = change(report, p);
    expect(added.map((f) => [f.rule, f.field])).toEqual([['PLACEHOLDER', 'text.problems']]);
    expect(added[0]?.message).toContain(`依据：${BASIS}`);
  });

  it('a profile for another year changes nothing', () => {
    const p = {
      ...profile({ deadlines: { township: '01-10' }, maxChars: { overview: 10 } }),
      year: 2025,
    };
    expect(change(township({ date: '2025-01-25' }), p)).toEqual({ added: [], removed: [] });
  });

  it('every finding the example profile causes cites its basis', () => {
    const p = profile({
      deadlines: { township: '01-20' },
      maxChars: { overview: 500 },
      required: [{ part: '平台建设', anyOf: ['专区'], message: '应写明政务公开专区' }],
      levels: { DATE_DEADLINE: 'error' },
    });
    const { added } = change(township({ date: '2025-01-25' }), p);
    expect(added.map((f) => f.rule).sort()).toEqual([
      'DATE_DEADLINE',
      'OVERVIEW_LENGTH',
      'PROFILE_REQUIRED',
    ]);
    for (const f of added) expect(f.message).toContain(`依据：${BASIS}`);
    expect(added.find((f) => f.rule === 'DATE_DEADLINE')?.severity).toBe('error');
  });
});
