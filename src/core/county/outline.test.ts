/**
 * OUTLINE on report texts with the outline faults evaluators mark down (fixtures made by
 * scripts/make-outline-fixtures.ts from a real-looking report), read by the real importer.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-text';
import { renderText } from '../render-text';
import { fixtureUrl, readFixture, reportFixture } from '../../testing/fixtures';
import { checkOutline } from './outline';

function outlineOf(text: string) {
  const read = importText(text);
  if (!read.ok) throw new Error(read.message);
  return checkOutline(read.headings, read.report);
}

const fixture = (name: string) => outlineOf(readFixture(`import/outline/${name}.txt`));

describe('OUTLINE', () => {
  it('two numbering systems: names the parts numbered “3、” “4、” among “一、”', () => {
    const found = fixture('two-systems');
    expect(found).toHaveLength(1);
    expect(found[0]?.rule).toBe('OUTLINE');
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain('混用了两种编号');
    expect(found[0]?.message).toContain(
      '「3、收到和处理政府信息公开申请情况」「4、政府信息公开行政复议、行政诉讼情况」用“1、”',
    );
  });

  it('sub-topics of 一 promoted to parts, the real parts renumbered 七–十一', () => {
    const found = fixture('promoted');
    expect(found).toHaveLength(1);
    const message = found[0]?.message ?? '';
    expect(message).toContain(
      '「二、主动公开」「三、依申请公开」「四、政府信息管理」「五、政府信息公开平台建设」「六、监督保障」',
    );
    expect(message).toContain('顺延：「七、主动公开政府信息情况」');
    expect(message).toContain('「十一、其他需要报告的事项」');
  });

  it('parts 二–六 shifted to 一–五 with no 一、总体情况', () => {
    const found = fixture('shifted');
    expect(found).toHaveLength(1);
    const message = found[0]?.message ?? '';
    expect(message).toContain('缺少“一、总体情况”标题');
    expect(message).toContain('「一、主动公开政府信息情况」应为第二部分');
    expect(message).toContain('「五、其他需要报告的事项」应为第六部分');
  });

  it('the 2019 format’s sub-heading in a 2021 report; near wordings of its own are not', () => {
    const found = fixture('format-2019-subheadings');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(
      '2019年格式（试行）的小标题：「（三）政府信息资源的规范化、标准化管理情况」',
    );
    expect(found[0]?.message).not.toContain('主动公开政府信息情况');
  });

  it('a correct outline, in markdown or as this tool writes it, and the five real seeds: none', () => {
    expect(fixture('markdown-correct')).toEqual([]);
    expect(outlineOf(renderText(reportFixture('example-2021')))).toEqual([]);
    for (const name of readdirSync(fixtureUrl('seeds/')).filter((n) => n.endsWith('.txt'))) {
      expect(outlineOf(readFixture(`seeds/${name}`)), name).toEqual([]);
    }
  });

  it('a report file (no heading lines) is never judged', () => {
    expect(checkOutline(undefined, reportFixture('example-2021'))).toEqual([]);
  });
});
