import { describe, expect, it } from 'vitest';
import { checkAll, getTemplate, rollForward } from '../../../core';
import { reportFixture } from '../../../testing/fixtures';
import { partsProgress } from './progress-model';

describe('完成情况', () => {
  it('the complete example: all six parts filled, checked and explained', () => {
    const report = reportFixture('example-2021');
    const parts = partsProgress(getTemplate('2021'), checkAll(report));
    expect(parts.map((p) => p.heading)).toHaveLength(6);
    expect(parts.every((p) => p.done)).toBe(true);
  });

  it('a rolled-forward draft: nothing done; an error and a blank in 三, an empty 一', () => {
    const example = reportFixture('example-2021');
    const { report } = rollForward(example);
    const withError = { ...report, cells: { ...report.cells, t3_new_natural: 'x' } };
    const parts = partsProgress(getTemplate('2021'), checkAll(withError));
    const byId = Object.fromEntries(parts.map((p) => [p.id, p]));
    expect(parts.filter((p) => p.done)).toEqual([]);
    expect(byId.overview).toMatchObject({ filled: false });
    expect(byId.requests).toMatchObject({ filled: false, errors: 1 });
  });

  it('an explained warning counts as done, an open one does not', () => {
    const example = reportFixture('example-2021');
    const report = { ...example, text: { ...example.text, other: '本年度无其他需要报告的事项。' } };
    const findings = checkAll(report);
    const fee = findings.find((f) => f.rule === 'SEC6_FEE');
    expect(fee).toBeDefined();
    const open = partsProgress(getTemplate('2021'), findings).find((p) => p.id === 'other');
    expect(open).toMatchObject({ filled: true, warnings: 1, done: false });
    const explained = findings.map((f) =>
      f === fee ? { ...f, explained: { reason: '属实' } } : f,
    );
    const done = partsProgress(getTemplate('2021'), explained).find((p) => p.id === 'other');
    expect(done).toMatchObject({ warnings: 0, done: true });
  });
});
