import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../workspace/drafts';
import { filterDrafts } from './drafts-filter';

const draft = (org: string, year: number, copyOf?: string): DraftSummary => ({
  id: `${org}-${String(year)}`,
  org,
  year,
  template: '2021',
  savedAt: 0,
  errors: 0,
  warnings: 0,
  revision: 1,
  ...(copyOf === undefined ? {} : { copyOf }),
});

describe('filterDrafts', () => {
  const drafts = [
    draft('甲镇人民政府', 2023),
    draft('甲镇人民政府', 2024),
    draft('乙镇人民政府', 2024, '乙镇人民政府 2024年'),
  ];

  it('finds by 机关名称, 年度 or both, and by 副本', () => {
    expect(filterDrafts(drafts, '甲镇').map((d) => d.year)).toEqual([2023, 2024]);
    expect(filterDrafts(drafts, '2024').map((d) => d.org)).toEqual([
      '甲镇人民政府',
      '乙镇人民政府',
    ]);
    expect(filterDrafts(drafts, ' 甲镇  2024年 ')).toHaveLength(1);
    expect(filterDrafts(drafts, '副本').map((d) => d.org)).toEqual(['乙镇人民政府']);
    expect(filterDrafts(drafts, '丙镇')).toEqual([]);
    expect(filterDrafts(drafts, '  ')).toBe(drafts);
  });
});
