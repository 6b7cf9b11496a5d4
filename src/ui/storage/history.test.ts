import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { changeSummary, describeChanges, versionsToPrune, type DraftVersion } from './history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1, 12);
const report = reportFixture('example-2021');

function version(savedAt: number): DraftVersion {
  return { draftId: 'd', savedAt, report, session: 's' };
}

describe('versionsToPrune', () => {
  it('keeps the newest 30, then the newest of each day for a year', () => {
    // 30 recent versions (one a minute), then three a day for 400 days before them.
    const recent = Array.from({ length: 30 }, (_, i) => version(NOW - i * 60_000));
    const older = Array.from({ length: 400 * 3 }, (_, i) =>
      version(NOW - DAY - Math.floor(i / 3) * DAY - (i % 3) * 3_600_000),
    );
    const pruned = new Set(versionsToPrune([...recent, ...older], NOW));
    const kept = [...recent, ...older].filter((v) => !pruned.has(v));
    expect(kept.slice(0, 30)).toEqual(recent);
    const keptOlder = kept.slice(30);
    // One per day, the newest of it, and none past a year.
    expect(new Set(keptOlder.map((v) => new Date(v.savedAt).toDateString())).size).toBe(
      keptOlder.length,
    );
    expect(keptOlder.every((v) => NOW - v.savedAt <= 365 * DAY)).toBe(true);
    expect(keptOlder.length).toBeGreaterThanOrEqual(363);
    for (const v of keptOlder) {
      const sameDay = older.filter(
        (o) => new Date(o.savedAt).toDateString() === new Date(v.savedAt).toDateString(),
      );
      expect(v.savedAt).toBe(Math.max(...sameDay.map((o) => o.savedAt)));
    }
  });

  it('prunes nothing while there are 30 or fewer', () => {
    const few = Array.from({ length: 30 }, (_, i) => version(NOW - i * 400 * DAY));
    expect(versionsToPrune(few, NOW)).toEqual([]);
  });
});

describe('describeChanges', () => {
  it('names the cells with before and after, the texts and the basic information', () => {
    const after = structuredClone(report);
    after.cells.t3_new_natural = 99;
    after.text.problems = '改过的问题。';
    after.meta.org = '另一个机关';
    const changes = describeChanges(report, after);
    expect(changes).toContain('机关名称');
    expect(changes.some((c) => c.endsWith('正文') && c.startsWith('五、'))).toBe(true);
    expect(changes).toContain(
      `一、本年新收政府信息公开申请数量 自然人 ${String(report.cells.t3_new_natural)}→99`,
    );
    expect(changes).toHaveLength(3);
    expect(changeSummary(changes)).toBe(changes.join('；'));
    expect(changeSummary([...changes, '报告年度'])).toBe(`${changes.join('；')} 等 4 处`);
    expect(describeChanges(report, structuredClone(report))).toEqual([]);
    expect(changeSummary([])).toBe('内容无变化');
  });
});
