import { describe, expect, it } from 'vitest';
import { hasNumberCell, lineTokens } from './tokens';

const words = (line: string) =>
  lineTokens(line, 0).map((t) => (t.kind === 'number' ? `#${t.raw}${t.blank ? '∅' : ''}` : t.text));

describe('lineTokens', () => {
  it('splits tabs, spaces and pipes into label words and number cells', () => {
    expect(words('规章\t0\t0\t0')).toEqual(['规章', '#0', '#0', '#0']);
    expect(words('| 规章 | **3** | 1 | 12 |'.replace(/\*\*/g, ''))).toEqual([
      '规章',
      '#3',
      '#1',
      '#12',
    ]);
    expect(words('结 果 维 持 1')).toEqual(['结', '果', '维', '持', '#1']);
  });

  it('takes a number inside a bracket broken over two lines as running text', () => {
    const laid = (line: string) =>
      lineTokens(line, 0, 0).map((t) => (t.kind === 'number' ? `#${t.raw}` : t.text));
    expect(laid('信息内容   采购项目数量   采购总金额（单位：万元，保留 4')).not.toContain('#4');
    expect(words('采购总金额（单位：万元，保留 4')).not.toContain('#4');
    // A closed bracket, or a cell two spaces off, is no running text.
    expect(laid('（二）部分公开（区分处理）  4   5')).toEqual([
      '（二）部分公开（区分处理）',
      '#4',
      '#5',
    ]);
    expect(laid('部分公开（区分处理的   4   5')).toContain('#4');
  });

  it('keeps a note or a unit with its number', () => {
    expect(words('规章 22（其中修订16件） 0')).toEqual(['规章', '#22（其中修订16件）', '#0']);
    expect(words('规章 22 （其中修订16件）')).toEqual(['规章', '#22（其中修订16件）']);
    expect(words('政府集中采购 3 251000 元')).toEqual(['政府集中采购', '#3', '#251000元']);
    expect(words('行政许可 １,２３４ +3 -3 7730.28')).toEqual([
      '行政许可',
      '#１,２３４',
      '#+3',
      '#-3',
      '#7730.28',
    ]);
  });

  it('reads "—" and "/" as blank cells', () => {
    expect(words('规章 — / 0')).toEqual(['规章', '#—∅', '#/∅', '#0']);
  });

  it('does not take running text or label numbers for cells', () => {
    expect(words('2020 年，我镇')).toEqual(['2020', '年，我镇']);
    expect(words('采购总金额（单位：万元，保留 4 位小数）')).toEqual([
      '采购总金额（单位：万元，保留',
      '4',
      '位小数）',
    ]);
    expect(words('1.属于国家秘密 (二) 部分公开')).toEqual(['1.属于国家秘密', '(二)', '部分公开']);
    expect(hasNumberCell('|---|---|')).toBe(false);
    expect(hasNumberCell('— 2 —')).toBe(false);
    expect(hasNumberCell('-3-')).toBe(false);
    // A signed number alone on a line (本年增/减 in PDF text) is a cell, not a page number.
    expect(words('-8')).toEqual(['#-8']);
  });

  it('keeps a grid row’s empty cells after its label as blank cells, in their columns', () => {
    expect(words('自然人\t5\t\t\t\t\t\t5')).toEqual([
      '自然人',
      '#5',
      '#∅',
      '#∅',
      '#∅',
      '#∅',
      '#∅',
      '#5',
    ]);
    expect(words('| 规章 |  | 3 |  |')).toEqual(['规章', '#∅', '#3', '#∅']);
    // Empty cells before the label are merged label columns, not cells.
    expect(words('\t\t3.其他\t1\t')).toEqual(['3.其他', '#1', '#∅']);
  });
});
