import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { explainFinding } from '../rules/explanations';
import { EMPTY_REVIEW, findingKey, reviewCounts } from './decisions';

describe('reviewCounts', () => {
  // seed-004 raises TEXT_TABLE_MISMATCH (a warning): its text says one application, 表三 says 0.
  const report = reportFixture('seed-004');
  const found = checkAll(report).find((f) => f.severity === 'warning');
  if (!found) throw new Error('seed-004 should raise a warning');
  const warning = found;

  it('counts a warning the 机关 explained in its report as explained, not open', () => {
    expect(warning.rule).toBe('TEXT_TABLE_MISMATCH');
    const open = reviewCounts(checkAll(report), EMPTY_REVIEW);
    const explained = explainFinding(report, warning, '该申请系咨询，已在正文说明');
    const after = reviewCounts(checkAll(explained), EMPTY_REVIEW);
    expect(after.warnings).toBe(open.warnings - 1);
    expect(after.explained).toBe(open.explained + 1);
  });

  it('counts it as open again when the reviewer confirms it as a problem', () => {
    const findings = checkAll(explainFinding(report, warning, '理由'));
    const target = findings.find((f) => f.explained);
    if (!target) throw new Error('the explained finding is missing');
    const review = {
      ...EMPTY_REVIEW,
      decisions: { [findingKey(target)]: { decision: 'confirmed' as const, reason: '' } },
    };
    expect(reviewCounts(findings, review).warnings).toBe(
      reviewCounts(checkAll(report), EMPTY_REVIEW).warnings,
    );
  });

  it('counts a reading doubt apart, never as the unit’s error, until the reviewer decides', () => {
    const unbalanced = reportFixture('example-2021');
    const broken = {
      ...unbalanced,
      cells: {
        ...unbalanced.cells,
        t3_new_natural: Number(unbalanced.cells['t3_new_natural']) + 1,
      },
    };
    const findings = checkAll(broken);
    const plain = reviewCounts(findings, EMPTY_REVIEW);
    expect(plain.errors).toBeGreaterThan(0);
    const first = findings.find((f) => f.severity === 'error');
    if (!first) throw new Error('an error is expected');
    const doubtful = findings.map((f) =>
      f === first ? { ...f, doubt: { cells: f.cells.slice(0, 1), reason: '推断' } } : f,
    );
    const counted = reviewCounts(doubtful, EMPTY_REVIEW);
    expect(counted.errors).toBe(plain.errors - 1);
    expect(counted.doubts).toBe(1);
    const target = doubtful.find((f) => 'doubt' in f);
    if (!target) throw new Error('the doubtful finding is missing');
    const review = {
      ...EMPTY_REVIEW,
      decisions: { [findingKey(target)]: { decision: 'confirmed' as const, reason: '已对照原文' } },
    };
    expect(reviewCounts(doubtful, review)).toMatchObject({ errors: plain.errors, doubts: 0 });
  });
});
