import { describe, expect, it } from 'vitest';
import type { Report } from '../../../core';
import { reportFixture } from '../../../testing/fixtures';
import type { DraftRecord } from './draft-record';
import { planTakeIn, unsavedCopy } from '../journal/journal-take-in';
import type { JournalEntry } from '../journal/journal';
import { mergeReports } from './report-merge';

const base = reportFixture('example-2021');
const edit = (report: Report, change: (r: Report) => void): Report => {
  const next = structuredClone(report);
  change(next);
  return next;
};

describe('mergeReports', () => {
  it('takes each side’s own fields and computes the totals again', () => {
    const mine = edit(base, (r) => {
      r.cells.t3_new_natural = 10;
      r.meta.org = '新名称';
    });
    const theirs = edit(base, (r) => {
      r.cells.t3_new_business = 20;
      r.text.problems = '他们写的。';
    });
    const merged = mergeReports(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.report.cells.t3_new_natural).toBe(10);
    expect(merged.report.cells.t3_new_business).toBe(20);
    expect(merged.report.meta.org).toBe('新名称');
    expect(merged.report.text.problems).toBe('他们写的。');
    // 总计 of the 申请数量 row follows both inputs, not either side's sum.
    const total = merged.report.cells.t3_new_total as number;
    const sides = [mine, theirs].map((r) => r.cells.t3_new_total);
    expect(sides).not.toContain(total);
    expect(total).toBe(
      (base.cells.t3_new_total as number) +
        (10 - (base.cells.t3_new_natural as number)) +
        (20 - (base.cells.t3_new_business as number)),
    );
  });

  it('is a conflict where both changed a field differently; agreeing changes are none', () => {
    const mine = edit(base, (r) => {
      r.cells.t3_new_natural = 10;
      r.cells.t3_new_legal = 4;
    });
    const theirs = edit(base, (r) => {
      r.cells.t3_new_natural = 11;
      r.cells.t3_new_legal = 4;
    });
    expect(mergeReports(base, mine, theirs).conflicts).toEqual(['cells.t3_new_natural']);
  });

  it('keeps explanations by the finding they are about, and a deleted field deleted', () => {
    const explained = { rule: 'R', cells: ['t3_new_natural'], reason: '属实', values: {} };
    const mine = edit(base, (r) => {
      r.explanations = [explained];
    });
    const theirs = edit(base, (r) => {
      delete r.text.problems;
    });
    const merged = mergeReports(base, mine, theirs);
    expect(merged.report.explanations).toEqual([explained]);
    expect(merged.report.text.problems).toBeUndefined();
  });

  it('takes another format only from a side alone in changing', () => {
    const other = { ...base, template: '2019' as const, cells: {} };
    expect(mergeReports(base, base, other).report).toBe(other);
    const mine = edit(base, (r) => {
      r.cells.t3_new_natural = 1;
    });
    expect(mergeReports(base, mine, other).conflicts).toEqual(['template']);
  });
});

describe('planTakeIn: unsaved changes a closed page left', () => {
  const record: DraftRecord = {
    id: 'd',
    report: base,
    savedAt: 1,
    ui: {},
    errors: 0,
    warnings: 0,
    revision: 5,
    writer: 'now',
  };
  const entry = (report: Report, extra: Partial<JournalEntry> = {}): JournalEntry => ({
    id: 'd',
    base: 5,
    session: 'old',
    tab: 't',
    at: 2,
    report,
    baseReport: base,
    ui: { cell: 't3_new_legal' },
    ...extra,
  });
  const typed = edit(base, (r) => {
    r.cells.t3_new_legal = 7;
  });

  it('is the next revision when built on the stored one', () => {
    expect(planTakeIn(record, entry(typed))).toEqual({
      kind: 'save',
      report: typed,
      ui: { cell: 't3_new_legal' },
    });
    expect(planTakeIn(record, entry(base)).kind).toBe('skip');
  });

  it('is merged in when others saved since (its base is known), as another tab’s save', () => {
    const stored = edit(base, (r) => {
      r.cells.t3_new_natural = 42;
    });
    const later = { ...record, report: stored, revision: 9 };
    const plan = planTakeIn(later, entry(typed));
    expect(plan.kind).toBe('save');
    if (plan.kind !== 'save') return;
    expect(plan.report.cells.t3_new_legal).toBe(7);
    expect(plan.report.cells.t3_new_natural).toBe(42);
  });

  it('is kept as a copy when both changed a field, or its base is unknown', () => {
    const stored = edit(base, (r) => {
      r.cells.t3_new_legal = 8;
    });
    const later = { ...record, report: stored, revision: 9 };
    const conflict = planTakeIn(later, entry(typed));
    expect(conflict).toEqual({ kind: 'copy', report: typed, conflicts: ['cells.t3_new_legal'] });
    const { baseReport: _b, ...legacy } = entry(typed);
    expect(planTakeIn({ ...record, revision: 9, report: stored }, legacy).kind).toBe('copy');
    expect(unsavedCopy(typed).meta.org).toBe(`${typed.meta.org}（未保存的修改）`);
  });
});
