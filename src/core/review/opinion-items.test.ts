import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import type { Report } from '../report';
import type { Finding } from '../rules/catalogue';
import { explainFinding } from '../rules/explanations';
import { EMPTY_REVIEW, findingKey, type ReportReview } from './decisions';
import { conclusionOf, isOpen, opinionItems } from './opinion-items';
import type { ReviewedFile } from './reviewed-file';

function reviewed(
  report: Report,
  review?: ReportReview,
  findings = checkAll(report),
): ReviewedFile {
  return { file: 'x.json', report, findings, ...(review ? { review } : {}) };
}

function decide(finding: Finding, decision: 'confirmed' | 'dismissed', reason: string) {
  return { ...EMPTY_REVIEW, decisions: { [findingKey(finding)]: { decision, reason } } };
}

const conclusion = (file: ReviewedFile) => conclusionOf(file, opinionItems(file));

// seed-004 has one warning (TEXT_TABLE_MISMATCH: its text says one application, 表三 says 0).
const seed = reportFixture('seed-004');
const warning = checkAll(seed).find((f) => f.severity === 'warning');
if (!warning) throw new Error('seed-004 should raise a warning');
const explainedReport = explainFinding(seed, warning, '该申请系咨询，未按申请办理');
const explained = checkAll(explainedReport).find((f) => f.explained);
if (!explained) throw new Error('the explanation should apply');

const example = reportFixture('example-2021');
const unbalanced: Report = {
  ...example,
  cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
};

describe('the conclusion of a unit opinion follows its items', () => {
  it('通过 with nothing open (infos only are for reference)', () => {
    const file = reviewed(reportFixture('seed-002'));
    const items = opinionItems(file);
    expect(items.map((i) => i.disposition)).toEqual(['info']);
    expect(conclusion(file)).toBe('passed');
  });

  it('退回修改 with errors, each an open item naming its cells in Chinese', () => {
    const file = reviewed(unbalanced);
    const items = opinionItems(file);
    const errors = items.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every(isOpen)).toBe(true);
    expect(errors[0]?.places.some((p) => p.startsWith('表三 一、本年新收'))).toBe(true);
    expect(errors[0]?.title).toMatch(/表三/);
    expect(conclusion(file)).toBe('returned');
  });

  it('a reviewer’s 通过 does not hide an open error', () => {
    expect(conclusion(reviewed(unbalanced, { ...EMPTY_REVIEW, status: 'passed' }))).toBe(
      'returned',
    );
  });

  it('an open warning alone returns the report', () => {
    const file = reviewed(seed);
    expect(opinionItems(file).find((i) => i.rule === warning.rule)?.disposition).toBe('fix');
    expect(conclusion(file)).toBe('returned');
  });

  it('only explained warnings, accepted by default: 通过, with the clerk’s reason', () => {
    const file = reviewed(explainedReport);
    const item = opinionItems(file).find((i) => i.rule === warning.rule);
    expect(item).toMatchObject({
      disposition: 'explained-accepted',
      explanation: '该申请系咨询，未按申请办理',
    });
    expect(item?.note).toBeUndefined();
    expect(conclusion(file)).toBe('passed');
  });

  it('only explained warnings, accepted in the reviewer’s words: 通过', () => {
    const file = reviewed(explainedReport, decide(explained, 'dismissed', '说明属实'));
    const item = opinionItems(file).find((i) => i.rule === warning.rule);
    expect(item).toMatchObject({ disposition: 'explained-accepted', note: '说明属实' });
    expect(conclusion(file)).toBe('passed');
  });

  it('an explanation not accepted: 退回修改, with the clerk’s reason and the reviewer’s words', () => {
    const file = reviewed(explainedReport, decide(explained, 'confirmed', '咨询也应计入申请'));
    const item = opinionItems(file).find((i) => i.rule === warning.rule);
    expect(item).toMatchObject({
      disposition: 'explained-rejected',
      explanation: '该申请系咨询，未按申请办理',
      note: '咨询也应计入申请',
    });
    expect(conclusion(file)).toBe('returned');
  });

  it('a warning the reviewer does not count: 通过', () => {
    const file = reviewed(seed, decide(warning, 'dismissed', '经电话核实无误'));
    expect(opinionItems(file).find((i) => i.rule === warning.rule)?.disposition).toBe('dismissed');
    expect(conclusion(file)).toBe('passed');
  });

  it('a report the reviewer returns by hand with nothing open: 退回修改', () => {
    const file = reviewed(reportFixture('seed-000'), {
      status: 'returned',
      comment: '请补充政府信息管理情况',
      decisions: {},
    });
    expect(opinionItems(file)).toEqual([]);
    expect(conclusion(file)).toBe('returned');
  });

  it('a reading doubt is for the reviewer, never the unit’s error, until the reviewer decides', () => {
    const [error] = checkAll(unbalanced).filter((f) => f.severity === 'error');
    if (!error) throw new Error('an error expected');
    const doubtful = { ...error, doubt: { cells: error.cells.slice(0, 1), reason: '推断' } };
    const file = reviewed(unbalanced, undefined, [doubtful]);
    expect(opinionItems(file)[0]?.disposition).toBe('doubt');
    expect(conclusion(file)).toBe('passed');
    const confirmed = reviewed(unbalanced, decide(doubtful, 'confirmed', '已对照原文'), [doubtful]);
    expect(opinionItems(confirmed)[0]?.disposition).toBe('fix');
    expect(conclusion(confirmed)).toBe('returned');
  });

  it('an unreadable file: 无法读取', () => {
    expect(conclusion({ file: 'a.pdf', error: '没有文字层', findings: [] })).toBe('unreadable');
  });

  it('item ids are stable and apart', () => {
    const a = opinionItems(reviewed(unbalanced)).map((i) => i.id);
    const b = opinionItems(reviewed(structuredClone(unbalanced))).map((i) => i.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });
});
