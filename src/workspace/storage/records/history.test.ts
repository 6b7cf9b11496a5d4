import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../../testing/fixtures';
import {
  changeSummary,
  describeChanges,
  newestFirst,
  planPin,
  planVersion,
  spanOf,
  versionsToPrune,
  type DraftVersion,
} from './history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1, 12);
const report = reportFixture('example-2021');

/** Versions given in the order saved: the revision follows it, whatever the clock said. */
let revision = 0;
function version(savedAt: number, extra: Partial<DraftVersion> = {}): DraftVersion {
  revision++;
  return { draftId: 'd', savedAt, report, session: 's', revision, key: revision, ...extra };
}

describe('versionsToPrune', () => {
  it('keeps the newest 30, then the newest of each day for a year', () => {
    // 30 recent versions (one a minute), then three a day for 400 days before them.
    // Saved oldest first, so revisions rise with time here.
    const older = Array.from({ length: 400 * 3 }, (_, i) =>
      version(NOW - DAY - Math.floor(i / 3) * DAY - (i % 3) * 3_600_000),
    ).reverse();
    older.forEach((v, i) => Object.assign(v, { revision: i + 1, key: i + 1 }));
    const recent = Array.from({ length: 30 }, (_, i) =>
      version(NOW - i * 60_000, { revision: 2000 - i, key: 2000 - i }),
    );
    const pruned = new Set(versionsToPrune([...recent, ...older], NOW));
    const kept = [...recent, ...older].filter((v) => !pruned.has(v));
    expect(newestFirst(kept).slice(0, 30)).toEqual(recent);
    const keptOlder = newestFirst(kept).slice(30);
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

  it('keeps a pinned version past the limits until its pin ends', () => {
    const pinned = version(NOW - 400 * DAY, { pinnedUntil: NOW + DAY, note: '恢复前的版本' });
    const later = Array.from({ length: 40 }, (_, i) => version(NOW - 40_000 + i * 1000));
    expect(versionsToPrune([pinned, ...later], NOW)).not.toContain(pinned);
    expect(versionsToPrune([pinned, ...later], NOW + 2 * DAY)).toContain(pinned);
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

describe('history with a clock set back', () => {
  /** Saves as the store makes them: planVersion decides, the revision counts each save. */
  function saveAll(stamps: readonly { at: number; elapsed: number; session?: string }[]) {
    let versions: DraftVersion[] = [];
    let key = 0;
    stamps.forEach(({ at, elapsed, session = 's' }, i) => {
      const next: DraftVersion = {
        draftId: 'd',
        savedAt: at,
        report: { ...report, cells: { ...report.cells, t3_new_natural: i } },
        revision: i + 1,
        session,
        span: spanOf(elapsed),
      };
      const plan = planVersion(versions, next, at);
      if (plan.kind === 'extend') {
        versions = versions.map((v) => (v.key === plan.key ? { ...next, key: plan.key } : v));
      } else {
        versions = [
          ...versions.filter((v) => !plan.prune.includes(v.key ?? -1)),
          { ...next, key: ++key },
        ];
      }
    });
    return newestFirst(versions);
  }

  it('keeps versions in the order saved, one per minute of the session, when the clock goes back 3 h', () => {
    const HOUR = 3_600_000;
    // A session saves every 20 s for 5 minutes; 2 minutes in, the clock is set back 3 hours.
    const stamps = Array.from({ length: 15 }, (_, i) => {
      const elapsed = i * 20_000;
      return { at: NOW + elapsed - (elapsed >= 120_000 ? 3 * HOUR : 0), elapsed };
    });
    const versions = saveAll(stamps);
    // One version per minute of the session (5), not one per save, whatever the clock did.
    expect(versions).toHaveLength(5);
    // Newest first by revision: the latest content is on top, the first at the bottom.
    expect(versions.map((v) => v.revision)).toEqual([15, 12, 9, 6, 3]);
    expect(versions[0]?.report.cells.t3_new_natural).toBe(14);
    expect(describeChanges(versions[1]?.report ?? report, versions[0]?.report ?? report)).toEqual([
      `一、本年新收政府信息公开申请数量 自然人 11→14`,
    ]);
    // The same saves with a steady clock make the same history.
    const steady = saveAll(stamps.map(({ elapsed }) => ({ at: NOW + elapsed, elapsed })));
    expect(steady.map((v) => [v.revision, v.key])).toEqual(
      versions.map((v) => [v.revision, v.key]),
    );
  });

  it('never multiplies versions when the clock jumps back and forth between saves', () => {
    const stamps = Array.from({ length: 30 }, (_, i) => ({
      at: NOW + (i % 2 === 0 ? 0 : -7 * DAY) + i,
      elapsed: i * 1000, // 30 saves within 30 s of one session
    }));
    const versions = saveAll(stamps);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.revision).toBe(30);
  });

  it('starts a new version for another session or a noted save, and pins over the newest', () => {
    const versions = saveAll([
      { at: NOW, elapsed: 0, session: 'a' },
      { at: NOW - DAY, elapsed: 1000, session: 'b' },
    ]);
    expect(versions.map((v) => v.session)).toEqual(['b', 'a']);
    const newest = versions[0];
    if (!newest) throw new Error('no version');
    const pin = planPin(versions, { ...newest, note: '恢复前的版本', pinnedUntil: NOW + DAY });
    expect(pin).toEqual({
      kind: 'update',
      version: { ...newest, note: '恢复前的版本', pinnedUntil: NOW + DAY },
    });
    expect(planPin(versions, { ...newest, revision: 99 })).toEqual({ kind: 'add' });
  });
});
