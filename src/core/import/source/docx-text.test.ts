/**
 * What Word and WPS write that the page does not show (scripts/make-word-shapes.ts): the text a
 * Word file is read as leaves it out, and reads what it shows once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentXml, documentXmlText } from './docx-text';

const text = (name: string) => {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../../../fixtures/wild/${name}`, import.meta.url)),
  );
  return documentXmlText(documentXml(bytes) ?? '');
};
const word = text('word-shapes-2019.docx');
const resaved = text('word-shapes-lo-2019.docx');
const line = (all: string, start: string) => all.split('\n').find((l) => l.startsWith(start));

describe('Word shapes in the text of a .docx', () => {
  it('leaves out tracked deletions, whole deleted rows, hidden text and placeholders', () => {
    // 表三's （二）部分公开 row was duplicated with other figures and the copy deleted (w:trPr/w:del).
    expect(word.split('\n').filter((l) => l.includes('（二）部分公开'))).toHaveLength(1);
    // "全年办结<del>194</del><ins>204</ins>件"; a cell's <del>13</del><ins>3</ins>.
    expect(word).toContain('全年办结204件');
    expect(word).not.toContain('194');
    // The template's hidden filling notes, and last year's figure hidden beside a number.
    expect(word).not.toContain('填写说明');
    expect(word).not.toContain('（上年');
    expect(line(word, '政府集中采购')).toBe('政府集中采购\t17\t786.34\t');
    // An unfilled content control shows its placeholder: the cell is blank, not that text.
    expect(word).not.toContain('单击或点击此处输入文字');
    expect(line(word, '规章')).toBe('规章\t\t0\t0');
  });

  it('reads a text box once (mc:Choice, not its mc:Fallback copy), on a line of its own', () => {
    expect(word.split('本表数据截至2020年12月31日')).toHaveLength(2);
    expect(word).toContain('三、收到和处理政府信息公开申请情况\n本表数据截至2020年12月31日\n');
  });

  it('reads fields by their result, smart tags and custom XML by their text', () => {
    expect(word).toContain('统计期限为2020年1月1日至2020年12月31日');
    expect(word).toContain('共收到政府信息公开申请210件');
    expect(word).not.toContain('SUM');
  });

  it('merges the hair-wide grid columns LibreOffice leaves when it saves a .docx again', () => {
    // 表四's gridCol widths 0 and 1 under 总计: not empty cells between the figures.
    expect(line(resaved, '2\t3\t1')).toBe('2\t3\t1\t0\t6\t0\t4\t0\t0\t4\t0\t2\t3\t0\t5');
    expect(line(word, '2\t3\t1')).toBe(line(resaved, '2\t3\t1'));
  });
});

describe('a template cell in a content control, never filled in', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const control = (placeholder: string, inner: string) =>
    `<w:sdt><w:sdtPr>${placeholder}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
  const doc = (row: string) =>
    `<w:document ${W}><w:body><w:tbl><w:tr>${cell('规章')}${row}</w:tr><w:tr>${cell('a')}${cell('b')}${cell('c')}</w:tr></w:tbl></w:body></w:document>`;

  it('is blank when the control shows its placeholder, read when it was filled', () => {
    const placeholder = '<w:showingPlcHdr/>';
    const unfilled = control(placeholder, cell('单击或点击此处输入文字。'));
    expect(documentXmlText(doc(`${unfilled}${cell('0')}`)).split('\n')[0]).toBe('规章\t\t0');
    const filled = control('<w:showingPlcHdr w:val="false"/>', cell('5'));
    expect(documentXmlText(doc(`${filled}${cell('0')}`)).split('\n')[0]).toBe('规章\t5\t0');
  });
});
