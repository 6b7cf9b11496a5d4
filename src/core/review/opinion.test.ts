import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import type { Report } from '../report';
import { explainFinding } from '../rules/explanations';
import { findingKey } from './decisions';
import { chineseOrdinal, opinionBlocks, unitOpinionBlocks, type OpinionBlock } from './opinion';
import { opinionFile } from './opinion-file';
import type { ReviewedFile } from './reviewed-file';

const text = (blocks: readonly OpinionBlock[]) =>
  blocks.map((b) => ('text' in b ? b.text : 'lines' in b ? b.lines.join(' ') : '')).join('\n');

const options = { issuer: '某某县人民政府办公室', date: '2025-02-10' };
const example = reportFixture('example-2021');
const unbalanced: Report = {
  ...example,
  cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
};
const seed = reportFixture('seed-004');
const warning = checkAll(seed).find((f) => f.severity === 'warning');
if (!warning) throw new Error('seed-004 should raise a warning');
const explained = explainFinding(seed, warning, '该申请系咨询，未按申请办理');

function unit(file: ReviewedFile): OpinionBlock[] {
  const opinion = opinionFile(file, options);
  if (!opinion) throw new Error('readable report expected');
  return unitOpinionBlocks(opinion);
}

describe('a unit’s 审核意见', () => {
  it('is addressed to the unit, concludes 退回修改 and lists what to fix', () => {
    const blocks = unit({ file: 'a.json', report: unbalanced, findings: checkAll(unbalanced) });
    expect(blocks[0]).toMatchObject({
      type: 'title',
      text: `关于${example.meta.org}2024年政府信息公开工作年度报告的审核意见`,
    });
    expect(blocks[1]).toEqual({ type: 'addressee', text: `${example.meta.org}：` });
    const all = text(blocks);
    expect(all).toContain('一、审核结论\n退回修改。');
    expect(all).toContain('二、需要修改的问题');
    expect(all).toContain('（一）强制性问题（必须修改）');
    expect(all).toMatch(/1\. 【表三[^】]*】/);
    expect(all).toContain('修改建议：');
    expect(all).not.toMatch(/T3_|t3_/);
    expect(blocks.at(-1)).toEqual({
      type: 'signature',
      lines: ['某某县人民政府办公室', '2025年2月10日'],
    });
  });

  it('concludes 通过 and shows the clerk’s reason with the reviewer’s acceptance', () => {
    const file: ReviewedFile = { file: 'b.json', report: explained, findings: checkAll(explained) };
    const all = text(unit(file));
    expect(all).toContain('一、审核结论\n通过。');
    expect(all).toContain('经审核认可的说明');
    expect(all).toContain('单位说明：该申请系咨询，未按申请办理。审核意见：认可该说明。');
    expect(all).not.toContain('、需要修改的问题');
    expect(all).not.toContain('待审');
  });

  it('a report with only reading doubts does not conclude 通过 without the cells to check', () => {
    const provenance = {
      t3_new_natural: { source: 'inferred', how: '按勾稽关系确定所在的栏' },
    } as const;
    const findings = checkAll(unbalanced, undefined, { provenance });
    expect(findings.filter((f) => f.severity === 'error').every((f) => f.doubt)).toBe(true);
    const all = text(unit({ file: 'c.pdf', report: unbalanced, findings }));
    const conclusion = /一、审核结论\n([^\n]*)/.exec(all)?.[1] ?? '';
    expect(conclusion).toMatch(/^待核对。/);
    expect(conclusion).not.toMatch(/^通过/);
    expect(conclusion).toMatch(/2项读取存疑，须对照原文核对以下单元格：表三 /);
    expect(conclusion).toContain('核对无误即为通过');
  });

  it('an explanation not accepted is to fix, with both sides’ words', () => {
    const findings = checkAll(explained);
    const target = findings.find((f) => f.explained);
    if (!target) throw new Error('explained finding expected');
    const all = text(
      unit({
        file: 'b.json',
        report: explained,
        findings,
        review: {
          status: 'pending',
          comment: '',
          decisions: { [findingKey(target)]: { decision: 'confirmed', reason: '咨询也应计入' } },
        },
      }),
    );
    expect(all).toContain('一、审核结论\n退回修改。共有1项问题');
    expect(all).toContain('（一）核实性问题（请修改或说明）');
    expect(all).toContain(
      '单位说明：该申请系咨询，未按申请办理。审核意见：不认可该说明，咨询也应计入。',
    );
  });
});

describe('the records document of several units', () => {
  const files: ReviewedFile[] = [
    { file: 'a.json', report: unbalanced, findings: checkAll(unbalanced) },
    { file: 'broken.pdf', error: '没有文字层。', findings: [] },
    { file: 'b.json', report: explained, findings: checkAll(explained) },
  ];
  const blocks = opinionBlocks(files, options);
  const all = text(blocks);

  it('counts the conclusions and has one numbered section per unit', () => {
    expect(all).toContain(
      '对报送的3份政府信息公开工作年度报告进行了审核，其中通过1份，退回修改1份，无法读取1份。',
    );
    const heads = blocks
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => ('text' in b ? b.text : ''));
    expect(heads).toEqual([`一、${example.meta.org}`, '二、broken.pdf', `三、${seed.meta.org}`]);
    expect(all).toContain('无法读取：没有文字层。');
    expect(blocks.at(-1)).toMatchObject({ type: 'signature' });
  });

  it('numbers in Chinese', () => {
    expect([1, 10, 12, 20, 105, 110, 500].map(chineseOrdinal)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '一百零五',
      '一百一十',
      '五百',
    ]);
  });
});
