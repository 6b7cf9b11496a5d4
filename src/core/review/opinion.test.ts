import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { findingKey } from './decisions';
import { chineseOrdinal, opinionBlocks } from './opinion';
import type { ReviewedFile } from './reviewed-file';

describe('opinionBlocks', () => {
  const report = reportFixture('seed-001');
  const findings = checkAll(report);
  const [dismissed, kept] = findings;
  const example = reportFixture('example-2021');
  const unbalanced = {
    ...example,
    cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
  };
  const files: ReviewedFile[] = [
    {
      file: 'seed-001.json',
      report,
      findings,
      review: {
        status: 'returned',
        comment: '请于三日内重新报送。',
        decisions: dismissed
          ? { [findingKey(dismissed)]: { decision: 'dismissed', reason: '机关已书面说明' } }
          : {},
      },
    },
    { file: 'broken.pdf', error: '没有文字层。', findings: [] },
    { file: 'unbalanced.json', report: unbalanced, findings: checkAll(unbalanced) },
  ];
  const blocks = opinionBlocks(files, { reviewer: '某某县政务公开办公室', date: '2025-01-10' });
  const text = blocks
    .map((b) => ('text' in b ? b.text : 'lines' in b ? b.lines.join(' ') : ''))
    .join('\n');

  it('has a title, one numbered section per report and the signature', () => {
    expect(blocks[0]).toMatchObject({
      type: 'title',
      text: '关于政府信息公开工作年度报告的审核意见',
    });
    const heads = blocks
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => ('text' in b ? b.text : ''));
    expect(heads).toEqual([`一、${report.meta.org}`, '二、broken.pdf', `三、${example.meta.org}`]);
    expect(blocks.at(-1)).toEqual({
      type: 'signature',
      lines: ['某某县政务公开办公室', '2025年1月10日'],
    });
  });

  it('says the status, the open problems with their cells and fixes, the explained ones and the comment', () => {
    expect(text).toContain('审核结论：退回修改');
    expect(kept && text.includes(kept.message)).toBe(true);
    expect(text).toContain('修改建议：');
    // A finding over several cells lists them; one naming a single cell already names it.
    expect(text).toContain('（涉及：表三');
    expect(text).not.toMatch(/未填写（导出时按 0 处理）（涉及/);
    expect(text).toContain(`经核实不作为问题的1项：${dismissed?.message}（机关已书面说明）`);
    expect(text).toContain('审核意见：请于三日内重新报送。');
    expect(text).toContain('无法读取：没有文字层。');
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
