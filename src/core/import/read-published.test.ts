/**
 * Issue 10's phenomena of real published reports, each on a fixture made with the real tools
 * (scripts/make-read-fixtures.sh): blank zero cells in a web page and in LibreOffice's Word file of
 * it, a web page's metadata table and a year-first title, a 2021 表三 with a single 2019-style
 * （六）其他处理 row and header rows repeated mid-table. Seed 001 (Word "save as text", rows one number
 * short) is in import-text.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue, Report } from '../report';
import { renderDocx } from '../render-docx';
import { renderHtml } from '../render-html';
import { renderText } from '../render-text';
import { documentXml, documentXmlText } from './source/docx-text';
import { checkReport } from '../check';
import type { ImportResult } from './import-result';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importPdf } from './import-pdf';
import { importText } from './import-text';
import { fixtureReport as report, fixtureUrl, readFixture } from '../../testing/fixtures';

const example = report('reports/example-2021.json');

/** Blank and 0 are the same figure: a page that leaves zero cells blank prints 0 as blank. */
const figures = (cells: Readonly<Record<string, CellValue>>) =>
  Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, v ?? 0]));

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('a web page with its zero cells left blank', () => {
  const html = readFileSync(fixtureUrl('import/blank-zeros-2021.html'));
  const docx = new Uint8Array(readFileSync(fixtureUrl('import/blank-zeros-2021.docx')));

  it.each([
    ['the page', () => ok(importHtml(html))],
    ['LibreOffice’s Word file of it', () => ok(importDocx(docx))],
  ])('%s: every blank stays in its column', (_, read) => {
    const result = read();
    expect(figures(result.report.cells)).toEqual(figures(example.cells));
    // A blank cell is blank, not a 0 the importer made up.
    expect(result.report.cells.t3_open_nonprofit).toBeNull();
    expect(result.report.cells.t3_new_natural).toBe(9);
    expect(result.notes).toEqual([]);
    expect(Object.values(result.provenance).every((p) => p.source === 'printed')).toBe(true);
  });

  it('reads 机关 and 年度 from the year-first title and the 发布机构', () => {
    const result = ok(importHtml(html));
    expect(result.report.meta).toEqual(example.meta);
  });
});

describe('a 2021 表三 with a single （六）其他处理 row and repeated header rows', () => {
  const result = ok(importText(readFixture('import/hybrid-header-2021.txt')));

  it('reads the single row into 3.其他, with a note, the header rows not as data', () => {
    expect(result.report.cells).toEqual({
      ...figures(example.cells),
      // Not in a table of this kind, but the column sums make them 0 (inferred).
      t3_other_overdue_natural: 0,
      t3_other_overdue_business: 0,
      t3_other_overdue_research: 0,
      t3_other_overdue_nonprofit: 0,
      t3_other_overdue_legal: 0,
      t3_other_overdue_other: 0,
      t3_other_overdue_total: 0,
      ...Object.fromEntries(
        ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => [
          `t3_other_unpaid_${c}`,
          0,
        ]),
      ),
      t3_other_misc_business: 1,
      t3_other_misc_total: 2,
    });
    expect(result.notes).toContain(
      '表三 原文是2019年格式（试行）的一行“（六）其他处理”，读入 3.其他，1.、2. 行留空',
    );
    expect(result.provenance.t3_other_misc_total).toEqual({
      source: 'inferred',
      how: '原文是2019年格式（试行）的一行“（六）其他处理”，读入 3.其他',
    });
    expect(result.provenance.t3_other_overdue_natural).toEqual({
      source: 'inferred',
      how: '原文中未能读出，按 （一）至（六）各项之和 推算为 0',
    });
    expect(result.unplaced).toEqual([]);
  });
});

describe('amounts finer than the format', () => {
  /** The amount as each export prints it: Word's document text, the web page, the text export. */
  async function printed(report: Report): Promise<string[]> {
    const xml = documentXml(await renderDocx(report)) ?? '';
    return [documentXmlText(xml), renderHtml(report, { document: true }), renderText(report)];
  }

  it('keeps 收费金额 in 万元 with six decimals exactly, with a precision warning, no error', async () => {
    const result = ok(importHtml(readFixture('import/finer-amount-2021.html')));
    expect(result.report.cells.t2_fee_amount).toBe(6.072513);
    expect(result.notes).toContain(
      '表二 行政事业性收费 本年收费金额（单位：万元）：“6.072513”按 6.072513 读入（比格式要求的精度（万元保留4位小数，即精确到元）更细，按原值保留）',
    );
    expect(result.provenance.t2_fee_amount).toEqual({ source: 'printed' });
    const findings = checkReport(result.report);
    expect(findings.filter((f) => f.rule === 'VALUE_INVALID')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'AMOUNT_PRECISION').map((f) => f.severity)).toEqual([
      'warning',
    ]);
    for (const out of await printed(result.report)) expect(out).toContain('6.072513');
    // And back: the text export reads in to the same exact value.
    const again = ok(importText(renderText(result.report)));
    expect(again.report.cells.t2_fee_amount).toBe(6.072513);
  });

  it('keeps 采购总金额 in 元 with 分 exactly: 1234567.89元 is 123.456789 万元', async () => {
    const result = ok(importText(readFixture('import/finer-amount-2019.txt')));
    expect(result.report.cells.t2_procurement_count).toBe(2);
    expect(result.report.cells.t2_procurement_amount).toBe(123.456789);
    expect(result.notes.join('\n')).toMatch(
      /“1234567\.89元”按 123\.456789 读入（按 1234567\.89 元折算为 123\.456789 万元，比格式要求的精度/,
    );
    const findings = checkReport(result.report);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('AMOUNT_PRECISION');
    for (const out of await printed(result.report)) expect(out).toContain('123.456789');
  });
});

describe('表四 in the order of PDF text blocks (pdftotext without -layout)', () => {
  const golden = readFixture('golden/example-2021.txt');
  // The results of 行政复议 and of 未经复议直接起诉, then their 总计s, then 复议后起诉, one per line.
  const blocks = ['1 0 0 1', '1 0 0 0', '2', '1', '0 0 0 1', '1'].join(' ').split(' ').join('\n');
  const t4 = (line: string) => golden.replace('1\t0\t0\t1\t2\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1', line);

  it('is read in the order under which its sums hold', () => {
    const result = ok(importText(t4(blocks)));
    expect(result.report.cells).toEqual(figures(example.cells));
    expect(result.provenance.t4_review_total).toEqual({
      source: 'inferred',
      how: '原文的数字不能按位置直接对应，按勾稽关系确定所在的栏',
    });
  });

  it('keeps the table’s own order when no order makes the sums hold: the errors are the report’s', () => {
    const wrong = ['1', '0', '0', '1', '3', '1', '0', '0', '0', '1', '0', '0', '0', '1', '1'];
    const result = ok(importText(t4(wrong.join('\n'))));
    expect(result.report.cells.t4_review_total).toBe(3);
    expect(result.report.cells.t4_suit_direct_upheld).toBe(1);
    expect(result.provenance.t4_review_total).toEqual({ source: 'printed' });
  });
});

describe('pdftotext without -layout: 表三 block by block, labels apart from their numbers', () => {
  const result = ok(importText(readFixture('import/pdftotext-raw-2021.txt')));

  it('reads every table cell for cell: 表三 by the bands the equations confirm', () => {
    expect(result.report.cells).toEqual(example.cells);
    // 表二's 规章 and 行政规范性文件: two columns of both rows, then the third.
    expect(result.report.cells.t2_normative_valid).toBe(12);
    expect(result.unplaced).toEqual([]);
    expect(result.notes).toContain(
      '表三 的数字不在各自的行标签旁（PDF 文本按列或分块排列），已按勾稽关系读入，请核对',
    );
    expect(result.provenance.t3_new_natural).toEqual({
      source: 'inferred',
      how: '原文（PDF 文本）的数字按列或分块排列，按勾稽关系确定所在的行和栏',
    });
  });
});

describe('a title broken over two lines', () => {
  it('reads 机关 and 年度 from the two lines joined', () => {
    const text = readFixture('golden/example-2021.txt').replace(
      '青山镇人民政府2024年政府信息公开工作年度报告',
      '青山镇人民政府2024年政府信息公开\n工作年度报告',
    );
    const result = ok(importText(text));
    expect(result.report.meta).toEqual(example.meta);
    expect(result.report.text).toEqual(example.text);
    expect(result.unplaced).toEqual([]);
  });
});

describe('a Word report with its zero cells blank, as a LibreOffice PDF', () => {
  // Our Word export with every "0" cell emptied, LibreOffice → PDF (scripts/make-read-fixtures.sh).
  const pdf = new Uint8Array(readFileSync(fixtureUrl('import/blank-zeros-2021.pdf')));
  /** Cells that hold a number in the report and another (or none) in the reading. */
  const misread = (result: ReturnType<typeof ok>) =>
    Object.keys(example.cells).filter(
      (id) => (result.report.cells[id] ?? 0) !== (example.cells[id] ?? 0),
    );
  /** Cells given a number that is not theirs (blank cells are not wrong, only unread). */
  const wrong = (result: ReturnType<typeof ok>) =>
    Object.keys(example.cells).filter((id) => {
      const v = result.report.cells[id];
      return v !== null && v !== undefined && v !== (example.cells[id] ?? 0);
    });

  it('the PDF importer places every number in its column by its x position', async () => {
    const result = ok(await importPdf(pdf));
    expect(figures(result.report.cells)).toEqual(figures(example.cells));
    // Blank cells are blank (null), in the right columns, and read as printed.
    expect(result.report.cells.t3_carried_research).toBeNull();
    expect(result.report.cells.t3_partial_nonprofit).toBe(1);
    expect(result.report.cells.t4_review_corrected).toBeNull();
    expect(result.report.cells.t4_suit_after_pending).toBe(1);
    expect(result.provenance.t3_carried_total).toEqual({ source: 'printed' });
    expect(result.notes).toEqual([]);
  });

  it('pdftotext -layout: columns by position, the equations settle a pushed line, the rest blank', () => {
    const result = ok(importText(readFixture('import/blank-zeros-pdftotext-layout-2021.txt')));
    expect(wrong(result)).toEqual([]);
    // pdftotext pushed the lines of （二）部分公开 and of （四）2. one column right: the column
    // sums move 部分公开's 自然人 back, but its second 1 and 2.没有现成信息's 1 fit 社会公益组织 and
    // 法律服务机构 either way round — those stay blank, with a note, never guessed.
    expect(misread(result)).toEqual(['t3_partial_nonprofit', 't3_unable_create_legal']);
    expect(result.report.cells.t3_partial_natural).toBe(1);
    expect(result.provenance.t3_partial_natural).toEqual({
      source: 'inferred',
      how: '原文的数字不能按位置直接对应，按勾稽关系确定所在的栏',
    });
    expect(result.notes.join('\n')).toMatch(/表三 有 4 个单元格无法确定/);
    // 表四's seven numbers of fifteen stand under their header words.
    expect(result.report.cells.t4_review_pending).toBe(1);
    expect(result.report.cells.t4_suit_direct_total).toBe(1);
    expect(result.report.cells.t4_review_corrected).toBeNull();
  });

  it('pdftotext without -layout: no positions, so nothing is placed by guesswork', () => {
    const result = ok(importText(readFixture('import/blank-zeros-pdftotext-raw-2021.txt')));
    expect(wrong(result)).toEqual([]);
    // 表二's rows are whole or blank; 表三's scrambled rows and 表四 are left blank, with notes.
    expect(result.report.cells.t2_normative_valid).toBe(12);
    expect(result.report.cells.t2_rules_made).toBeNull();
    expect(result.notes.join('\n')).toMatch(/表三 有 \d+ 个数字无法对应到行，且勾稽关系不成立/);
    expect(result.notes.join('\n')).toMatch(/表四 有 15 个单元格无法确定/);
  });
});

describe('several labels before one row of numbers: the nearest label takes them', () => {
  const golden = readFixture('golden/example-2021.txt');
  const rows3to5 = [
    '\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
    '\t\t4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1',
    '\t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0',
  ];
  const cells = (result: ReturnType<typeof ok>, row: string) =>
    ['natural', 'total'].map((c) => result.report.cells[`t3_deny_${row}_${c}`]);
  const NOTE =
    /表三 有 (\d) 行只有行标签、没有数字（如 表三 （三）不予公开 3\.危及“三安全一稳定”）/;

  it.each([
    // Text: two labels on one line, then one row of numbers.
    ['text', `3.危及“三安全一稳定” 4.保护第三方合法权益\n1 0 0 0 0 0 1\n${rows3to5[2] ?? ''}`, 1],
    // PDF text: each label broken over two lines, the numbers after the second label's first half.
    ['PDF text', `3.危及“三安全一\n稳定”\n4.保护第三方合法\n1  1\n权益\n${rows3to5[2] ?? ''}`, 1],
  ])('%s', (_, block, bare) => {
    const result = ok(importText(golden.replace(rows3to5.slice(0, 3).join('\n'), block)));
    expect(cells(result, 'third_party')).toEqual([1, 1]);
    // The bare row is not read; the column sums make it 0 (inferred, not printed).
    expect(cells(result, 'safety')).toEqual([0, 0]);
    expect(result.provenance.t3_deny_safety_natural?.source).toBe('inferred');
    expect(cells(result, 'internal')).toEqual([0, 0]);
    expect(result.notes.join('\n')).toMatch(NOTE);
    expect(NOTE.exec(result.notes.join('\n'))?.[1]).toBe(String(bare));
  });

  it('three labels before one row: the third takes it, the two before it stay blank', () => {
    const block =
      '3.危及“三安全一\n稳定”\n4.保护第三方合法\n权益\n5.属于三类内部事\n务信息\n0 0 0 0 0 0 0';
    const result = ok(importText(golden.replace(rows3to5.join('\n'), block)));
    expect(cells(result, 'internal')).toEqual([0, 0]);
    expect(cells(result, 'third_party')).toEqual([null, null]);
    expect(NOTE.exec(result.notes.join('\n'))?.[1]).toBe('2');
  });

  it('pdftotext -layout of a real LibreOffice PDF: “3.危及…” and “4.保护…” before one “1 1”', () => {
    const result = ok(importText(readFixture('import/blank-zeros-pdftotext-layout-2021.txt')));
    expect(cells(result, 'third_party')).toEqual([1, 1]);
    // Printed blank (zeros left blank): the sums make it 0, and it stays blank.
    expect(cells(result, 'safety')).toEqual([null, null]);
  });
});

describe('a narrow column that wrapped “15” into “1” and “5” (LibreOffice PDF)', () => {
  // Our Word export with 表三's 总计 column one digit wide, LibreOffice → PDF.
  const layout = readFixture('import/narrow-total-pdftotext-layout-2021.txt');
  const JOINED =
    '表三 一、本年新收政府信息公开申请数量 总计：原文这个数字因栏宽不够折成两行（“1”“5”），按勾稽关系合为 15，请核对';

  it('pdftotext -layout: the two digits at one column are joined where the sums confirm it', () => {
    const result = ok(importText(layout));
    expect(result.report.cells).toEqual(example.cells);
    expect(result.notes).toContain(JOINED);
    expect(result.notes.join('\n')).toContain(
      '（七）总计 总计：原文这个数字因栏宽不够折成两行（“1”“6”）',
    );
    expect(result.provenance.t3_new_total).toEqual({
      source: 'inferred',
      how: '原文这个数字因栏宽不够折成两行（“1”“5”），按勾稽关系合为 15',
    });
  });

  it('the PDF importer: the cell’s borders hold both digits, read as printed', async () => {
    const pdf = new Uint8Array(readFileSync(fixtureUrl('import/narrow-total-2021.pdf')));
    const result = ok(await importPdf(pdf));
    expect(result.report.cells).toEqual(example.cells);
    expect(result.provenance.t3_new_total).toEqual({ source: 'printed' });
    expect(result.notes.join('\n')).not.toContain('折成两行');
  });

  it('without -layout there are no columns: nothing is joined or placed by guesswork', () => {
    const result = ok(importText(readFixture('import/narrow-total-pdftotext-raw-2021.txt')));
    const wrong = Object.keys(example.cells).filter((id) => {
      const v = result.report.cells[id];
      return v !== null && v !== undefined && v !== example.cells[id];
    });
    expect(wrong).toEqual([]);
    expect(result.notes.join('\n')).toMatch(/表三 有 \d+ 个数字无法对应到行，且勾稽关系不成立/);
  });

  it('a wrap the equations cannot confirm (表二 has none) is not joined, with a note', () => {
    const row = layout.split('\n').find((l) => /^行政规范性文件 {2,}\d/.test(l)) ?? '';
    const at = row.lastIndexOf('12');
    const wrapped = `${' '.repeat(at)}1\n${row.slice(0, at).trimEnd()}\n${' '.repeat(at + 1)}2`;
    const result = ok(importText(layout.replace(row, wrapped)));
    expect(result.notes).toContain(
      '表二 有数字可能因栏宽不够折成了两行（“1”“2”，应为 12？），勾稽关系不能确认，未合并，请对照原文核对',
    );
    expect(result.report.cells.t2_normative_made).toBe(3);
    expect(result.report.cells.t2_normative_repealed).toBe(1);
    expect(result.report.cells.t2_normative_valid).not.toBe(1);
  });
});
