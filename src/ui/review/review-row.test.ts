import { describe, expect, it } from 'vitest';
import { checkAll, EMPTY_REVIEW, findingKey } from '../../core';
import { reportFixture } from '../../testing/fixtures';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { reviewRow } from './review-row';

// seed-004 raises a warning (its text says one application, 表三 says 0).
const report = reportFixture('seed-004');
const findings = checkAll(report);
const entry: BatchEntry = {
  id: 'a',
  file: 'a.json',
  order: 0,
  report,
  findings,
  notes: [],
  unplaced: [],
};
const last: BatchEntry = { ...entry, id: 'b', file: 'b.json', order: 1 };

describe('reviewRow', () => {
  it('keeps the row of an entry while nothing it shows has changed', () => {
    expect(reviewRow(entry, undefined, false, undefined)).toBe(
      reviewRow(entry, undefined, false, undefined),
    );
  });

  it('works the row out again when the decisions, the selection or last year change', () => {
    const row = reviewRow(entry, undefined, false, undefined);
    const warning = findings.find((f) => f.severity === 'warning');
    if (!warning) throw new Error('seed-004 should raise a warning');
    const decided = {
      ...EMPTY_REVIEW,
      decisions: { [findingKey(warning)]: { decision: 'dismissed' as const, reason: '已核实' } },
    };
    const after = reviewRow(entry, decided, false, undefined);
    expect(after.counts.warnings).toBe(row.counts.warnings - 1);
    expect(reviewRow(entry, decided, true, undefined).selected).toBe(true);
    expect(reviewRow(entry, decided, true, last).lastYear).toBe(`${report.meta.year}年 b.json`);
    expect(reviewRow(entry, decided, true, undefined).lastYear).toBeUndefined();
  });
});
