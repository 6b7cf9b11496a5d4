import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { countFindings, RULES } from '../rules/catalogue';
import { reviewBatch } from './batch';
import { explainFinding } from '../rules/explanations';
import { findingKey } from './decisions';
import { CSV_HEADER, findingRows } from './findings-columns';

const column = (row: readonly string[] | undefined, name: (typeof CSV_HEADER)[number]) =>
  row?.[CSV_HEADER.indexOf(name)];

describe('the findings CSV columns', () => {
  const seed = reportFixture('seed-004');
  const warning = checkAll(seed).find((f) => f.severity === 'warning');
  if (!warning) throw new Error('seed-004 should raise a warning');
  const report = explainFinding(seed, warning, '该申请系咨询，未按申请办理');
  const findings = checkAll(report);
  const explained = findings.find((f) => f.explained);
  if (!explained) throw new Error('the explanation should apply');

  it('keep the contract’s eight first, then the same finding for people', () => {
    expect(CSV_HEADER).toEqual([
      'file',
      '机关',
      'rule',
      'level',
      'cells',
      'message',
      'decision',
      'reason',
      '规则名称',
      '单元格名称',
      '说明状态',
      '单位说明理由',
      '审核处理',
      '审核结论',
      '读取存疑',
    ]);
  });

  it('a finding on cells not read as printed says which cells to check against the original', () => {
    const broken = { ...seed, cells: { ...seed.cells, t3_new_total: 999 } };
    const provenance = {
      t3_new_total: { source: 'inferred', how: '按勾稽关系确定所在的栏' },
    } as const;
    const found = reviewBatch([{ file: 'a.pdf', report: broken, provenance }])[0];
    const doubt = found?.findings.find((f) => f.doubt);
    if (!found || !doubt) throw new Error('the finding on an inferred cell should be a doubt');
    const row = findingRows(found)[found.findings.indexOf(doubt)];
    expect(column(row, '读取存疑')).toContain('请对照原文核对：t3_new_total');
    expect(countFindings(found.findings).errors).toBe(countFindings(checkAll(seed)).errors);
    // Without the provenance the same report's finding is its own error.
    const plain = reviewBatch([{ file: 'a.pdf', report: broken }])[0];
    expect(plain?.findings.some((f) => f.doubt)).toBe(false);
    expect(column(findingRows(plain ?? found)[0], '读取存疑')).toBe('');
  });

  it('an explained warning says so, with the clerk’s reason and the reviewer’s decision', () => {
    const rows = findingRows({
      file: 'a.json',
      report,
      findings,
      review: {
        status: 'pending',
        comment: '',
        decisions: { [findingKey(explained)]: { decision: 'confirmed', reason: '咨询也应计入' } },
      },
    });
    const row = rows[findings.indexOf(explained)];
    expect(row).toHaveLength(CSV_HEADER.length);
    expect(column(row, 'rule')).toBe('TEXT_TABLE_MISMATCH');
    expect(column(row, 'level')).toBe('核实性');
    expect(column(row, '规则名称')).toBe(RULES.TEXT_TABLE_MISMATCH.title);
    expect(column(row, 'cells')).toBe(explained.cells.join(' '));
    expect(column(row, '单元格名称')).toBe('表三 一、本年新收政府信息公开申请数量 总计');
    expect(column(row, '说明状态')).toBe('已说明');
    expect(column(row, '单位说明理由')).toBe('该申请系咨询，未按申请办理');
    expect(column(row, 'decision')).toBe('确认问题');
    expect(column(row, 'reason')).toBe('咨询也应计入');
    expect(column(row, '审核处理')).toBe('不认可说明');
    expect(column(row, '审核结论')).toBe('退回修改');
  });

  it('an explanation left undecided is accepted, and the report passes', () => {
    const rows = findingRows({ file: 'a.json', report, findings });
    const row = rows[findings.indexOf(explained)];
    expect(column(row, 'decision')).toBe('');
    expect(column(row, '说明状态')).toBe('已说明');
    expect(column(row, '审核处理')).toBe('认可说明');
    expect(column(row, '审核结论')).toBe('通过');
  });

  it('a finding on a text names its section; an unreadable file has one row', () => {
    const lint = findings.find((f) => f.rule === 'TEXT_LINT');
    if (!lint) throw new Error('seed-004 should raise TEXT_LINT');
    const row = findingRows({ file: 'a.json', report, findings })[findings.indexOf(lint)];
    expect(column(row, '单元格名称')).toBe('一、总体情况');
    expect(column(row, '审核处理')).toBe('供参考');
    const broken = findingRows({ file: 'b.pdf', error: '没有文字层', findings: [] });
    expect(broken).toHaveLength(1);
    expect(column(broken[0], 'message')).toBe('无法读取：没有文字层');
    expect(column(broken[0], '审核结论')).toBe('无法读取');
  });
});
