import { describe, expect, it } from 'vitest';
import { type Report } from '../report';
import { checkCrossYear } from '../check';
import { standardSentences } from '../narrative';
import { getTemplate } from '../templates';
import { reuseShare, sectionReuse, textReuse } from './text-reuse';
import { reportFixture as fixture } from '../../testing/fixtures';

const lastYear = fixture('example-2021.json');

describe('reuseShare', () => {
  it('is 1 for the same text and 0 for unrelated text', () => {
    const text = lastYear.text.overview ?? '';
    expect(reuseShare(text, text)).toBe(1);
    expect(reuseShare(text, fixture('seed-003.json').text.overview ?? '')).toBeLessThan(0.1);
  });

  it('ignores punctuation and spaces, and counts copied parts by length', () => {
    const copied = '严格执行政府信息公开保密审查制度落实先审查后公开要求';
    const fresh = '今年新建了村级政务公开栏并组织了两次业务培训活动效果';
    expect(reuseShare(`${copied}，${fresh}`, `${copied.split('').join(' ')}。`)).toBeCloseTo(
      0.5,
      1,
    );
  });
});

describe('TEXT_REUSE', () => {
  it('warns per section above 50%, with the percentage, and not below', () => {
    const report: Report = {
      ...lastYear,
      meta: { ...lastYear.meta, year: 2025 },
      text: {
        ...lastYear.text,
        problems: '本年度新发现的问题是政策解读形式较为单一，下一步将制作图解和视频解读。',
      },
    };
    const shares = Object.fromEntries(textReuse(report, lastYear).map((s) => [s.key, s.share]));
    expect(shares.overview).toBe(1);
    expect(shares.problems).toBeLessThan(0.5);
    // 六 is the example's factual statements only (no fee, tasks done, no proposals): not reuse.
    expect(shares.other).toBeUndefined();
    const findings = checkCrossYear(report, lastYear).filter((f) => f.rule === 'TEXT_REUSE');
    expect(findings.map((f) => f.field).sort()).toEqual(['text.overview']);
    const overview = findings.find((f) => f.field === 'text.overview');
    expect(overview).toMatchObject({ severity: 'warning', actual: 100 });
    expect(overview?.message).toContain('一、总体情况');
    expect(overview?.message).toContain('100%');
  });
});

describe("TEXT_REUSE measures the clerk's own prose", () => {
  it.each(['example-2021', 'seed-001'])(
    "%s: the standard sentences and the format's sub-headings alone give 0 %%",
    (name) => {
      const base = fixture(`${name}.json`);
      const template = getTemplate(base.template);
      const standard = (r: Report) =>
        template.sections
          .filter((s) => s.text)
          .map((s): [string, string] => [
            s.text ?? 'overview',
            [...(s.outline ?? []), standardSentences(r), '本年度未收取信息处理费。'].join('\n'),
          ]);
      const last = { ...base, text: Object.fromEntries(standard(base)) };
      const changed = {
        ...base,
        meta: { ...base.meta, year: base.meta.year + 1 },
        cells: { ...base.cells, t3_new_natural: Number(base.cells.t3_new_natural ?? 0) + 3 },
      };
      const now = { ...changed, text: Object.fromEntries(standard(changed)) };
      expect(textReuse(now, last)).toEqual([]);
      expect(checkCrossYear(now, last).filter((f) => f.rule === 'TEXT_REUSE')).toEqual([]);
    },
  );

  it("the clerk's own sentences still count beside the standard ones", () => {
    const own = '我镇在便民服务中心设置政务公开专区，配备查阅电脑两台，安排专人值守答疑。';
    const last = { ...lastYear, text: { overview: `${standardSentences(lastYear)}\n${own}` } };
    const now = {
      ...lastYear,
      meta: { ...lastYear.meta, year: 2025 },
      text: { overview: `（一）主动公开\n${own}\n${standardSentences(lastYear)}` },
    };
    expect(textReuse(now, last)[0]?.share).toBe(1);
  });
});

describe('short factual statements every report repeats', () => {
  const facts = [
    '本年度未收取信息处理费。',
    '按照上级要点要求完成各项任务。',
    '本年度未承办人大代表建议和政协提案。',
  ];
  const withOther = (report: Report, other: string, year: number): Report => ({
    ...report,
    meta: { ...report.meta, year },
    text: { ...report.text, other },
  });

  it('a 六 of them raises no TEXT_REUSE, and the badge reads the same 0 %', () => {
    const last = withOther(lastYear, facts.join('\n'), 2024);
    const now = withOther(lastYear, [...facts].reverse().join(''), 2025);
    const reuse = checkCrossYear(now, last).filter((f) => f.field === 'text.other');
    expect(reuse).toEqual([]);
    expect(sectionReuse(now, last, 'other')).toBe(0);
  });

  it('beside copied prose they neither count nor dilute it: badge and rule give one figure', () => {
    const own =
      '我镇在便民服务中心设置政务公开专区，配备查阅电脑两台，安排专人值守答疑，全年接待群众查阅120余人次。';
    const last = withOther(lastYear, [own, ...facts].join('\n'), 2024);
    const now = withOther(lastYear, [...facts, own].join('\n'), 2025);
    const [finding] = checkCrossYear(now, last).filter((f) => f.field === 'text.other');
    expect(sectionReuse(now, last, 'other')).toBe(1);
    expect(finding?.actual).toBe(Math.round(sectionReuse(now, last, 'other') * 100));
  });
});
