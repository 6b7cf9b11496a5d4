import { describe, expect, it } from 'vitest';
import { matchLastYear, missingOrgs, orgKey, parseOrgList, sameOrgName } from './org-name';

describe('orgKey and sameOrgName', () => {
  it.each([
    ['练寺镇人民政府', '练寺镇'],
    ['练寺镇', '练寺乡'],
    ['城关镇人民政府', '城关街道办事处'],
    ['城关街道', '城关街道办事处'],
    ['某某县城关镇人民政府', '城关镇'],
    ['扶沟县人民政府', '扶沟县政府'],
    ['青山镇 人民政府', '青山镇人民政府'],
    ['青山镇（2024）', '青山镇'],
  ])('%s ~ %s', (a, b) => {
    expect(sameOrgName(a, b)).toBe(true);
  });

  it.each([
    ['练寺镇', '李楼镇'],
    ['东城关镇', '城关镇'],
    ['扶沟县教育局', '扶沟县'],
    ['大乡', '大镇'],
  ])('%s ≁ %s', (a, b) => {
    expect(sameOrgName(a, b)).toBe(false);
  });

  it('keeps a one-character place whole', () => {
    expect(orgKey('大乡人民政府')).toBe('大乡');
  });
});

describe('matchLastYear', () => {
  it('pairs each report with its 机关 of year − 1, each used once, and lists the unmatched', () => {
    const batch = [
      { id: 'a24', org: '练寺镇人民政府', year: 2024 },
      { id: 'b24', org: '城关街道', year: 2024 },
      { id: 'a23', org: '练寺镇', year: 2023 },
      { id: 'b23', org: '城关镇人民政府', year: 2023 },
      { id: 'c23', org: '李楼镇', year: 2023 },
      { id: 'a22', org: '练寺乡', year: 2022 },
      { id: 'x21', org: '练寺镇', year: 2021 },
    ];
    const { lastYear, unmatched } = matchLastYear(batch);
    expect(Object.fromEntries(lastYear)).toEqual({
      a24: 'a23',
      b24: 'b23',
      a23: 'a22',
      a22: 'x21',
    });
    expect(unmatched).toEqual(['c23']);
  });

  it('prefers the exact name over a prefixed one', () => {
    const { lastYear } = matchLastYear([
      { id: 'now', org: '某县城关镇', year: 2024 },
      { id: 'short', org: '城关镇', year: 2023 },
      { id: 'exact', org: '某县城关镇人民政府', year: 2023 },
    ]);
    expect(lastYear.get('now')).toBe('exact');
  });
});

describe('missingOrgs and parseOrgList', () => {
  it('lists the expected 机关 no report names, tolerating suffixes', () => {
    const expected = parseOrgList('练寺镇\n城关街道办事处、李楼乡；白潭镇,\n练寺镇');
    expect(expected).toEqual(['练寺镇', '城关街道办事处', '李楼乡', '白潭镇']);
    expect(missingOrgs(expected, ['练寺镇人民政府', '城关镇', '李楼镇人民政府'])).toEqual([
      '白潭镇',
    ]);
  });
});
