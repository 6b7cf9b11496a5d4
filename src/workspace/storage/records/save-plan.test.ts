import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../../testing/fixtures';
import type { DraftLookup } from './draft-lookup';
import type { DraftRecord } from './draft-record';
import { DAY_MS } from './history';
import { CLOCK_SLACK_MS, planSave } from './save-plan';

const report = reportFixture('example-2021');
const NOW = Date.UTC(2026, 0, 10);
const stored: DraftRecord = {
  id: 'd',
  report,
  savedAt: NOW - 60_000,
  ui: { cell: 't3_new_natural' },
  errors: 0,
  warnings: 0,
  revision: 4,
  writer: 'other',
};
const ok: DraftLookup = { kind: 'ok', record: stored };
const changed = { ...report, cells: { ...report.cells, t3_new_natural: 99 } };

describe('planSave', () => {
  it('writes nothing when nothing changed, and only the place when only it moved', () => {
    expect(planSave(ok, { ...stored, savedAt: NOW }, 4, 's', {}, NOW)).toEqual({
      kind: 'none',
      revision: 4,
    });
    // The same report built again (another key order) is the same report.
    const rebuilt = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    expect(planSave(ok, { ...stored, report: rebuilt }, 4, 's', {}, NOW).kind).toBe('none');
    const moved = planSave(ok, { ...stored, ui: { cell: 't3_new_business' } }, 4, 's', {}, NOW);
    expect(moved).toEqual({
      kind: 'place',
      revision: 4,
      record: { ...stored, ui: { cell: 't3_new_business' } },
    });
  });

  it('writes the next revision with its version when the report changed', () => {
    const plan = planSave(
      ok,
      { ...stored, report: changed, savedAt: NOW },
      4,
      's',
      { span: 2 },
      NOW,
    );
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.record.revision).toBe(5);
    expect(plan.record.writer).toBe('s');
    expect(plan.version).toEqual({
      draftId: 'd',
      savedAt: NOW,
      report: changed,
      revision: 5,
      session: 's',
      span: 2,
    });
    expect(plan.clockBehind).toBe(false);
  });

  it('refuses over another revision, a damaged record, newer code, or a deleted draft', () => {
    const record = { ...stored, report: changed };
    expect(planSave(ok, record, 3, 's', {}, NOW)).toEqual({ kind: 'refuse', current: ok });
    const damaged: DraftLookup = { kind: 'damaged', damaged: { id: 'd', raw: 1, message: 'x' } };
    expect(planSave(damaged, record, 4, 's', {}, NOW).kind).toBe('refuse');
    const newer: DraftLookup = {
      kind: 'newer',
      newer: { id: 'd', raw: {}, version: { storeVersion: 9, reportVersion: 1 } },
    };
    expect(planSave(newer, record, 4, 's', {}, NOW)).toEqual({ kind: 'refuse', current: newer });
    expect(planSave({ kind: 'missing' }, record, 4, 's', {}, NOW).kind).toBe('refuse');
    // Never stored (kept in memory while storage refused): stored as revision 1.
    const first = planSave({ kind: 'missing' }, { ...record, revision: 0 }, 0, 's', {}, NOW);
    expect(first.kind === 'write' && first.record.revision).toBe(1);
  });

  it('pins the state a restore replaces, in the same write: as stored, whether or not it changes', () => {
    const kept = {
      draftId: 'd',
      savedAt: stored.savedAt,
      report,
      revision: 4,
      session: 's',
      note: '恢复前的版本',
      pinnedUntil: NOW + DAY_MS,
    };
    const same = planSave(ok, stored, 4, 's', { note: '恢复', keepBefore: '恢复前的版本' }, NOW);
    expect(same).toEqual({ kind: 'pin', revision: 4, version: kept });
    const restored = planSave(
      ok,
      { ...stored, report: changed },
      4,
      's',
      { note: '恢复', keepBefore: '恢复前的版本', span: 2 },
      NOW,
    );
    expect(restored).toMatchObject({ kind: 'write', before: kept });
    if (restored.kind !== 'write') throw new Error(restored.kind);
    expect(restored.version).toMatchObject({ revision: 5, report: changed, note: '恢复' });
    expect(restored.version.pinnedUntil).toBeUndefined();
    expect(restored.version.span).toBeUndefined();
    // Refused, it keeps nothing.
    const refused = planSave(ok, { ...stored, report: changed }, 3, 's', { keepBefore: 'x' }, NOW);
    expect(refused).toEqual({ kind: 'refuse', current: ok });
  });

  it('says the clock went back when a save is stamped before the one it follows', () => {
    const back = (ms: number) =>
      planSave(ok, { ...stored, report: changed, savedAt: stored.savedAt - ms }, 4, 's', {}, NOW);
    expect(back(3 * 3_600_000)).toMatchObject({ kind: 'write', clockBehind: true });
    expect(back(CLOCK_SLACK_MS - 1)).toMatchObject({ kind: 'write', clockBehind: false });
  });
});
