/** The equations as referee of an OCR reading, and a person's confirmation of the cells. */
import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../../testing/fixtures';
import { readAsPrinted, type OcrCellSource } from '../import-result';
import { agreedValue, cellsToConfirm, confirmCells } from './confirm-cells';
import { refereeCalls } from './referee';

const printed = fixtureReport('ocr/report-2021.json');

describe('refereeCalls', () => {
  it('says nothing of a reading whose equations all hold', () => {
    expect(refereeCalls(printed)).toEqual([]);
  });

  it('locates a misread number where its row and column meet and proposes the printed one', () => {
    const misread = { ...printed, cells: { ...printed.cells, t3_open_natural: 7 } };
    const calls = refereeCalls(misread);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      cell: 't3_open_natural',
      proposed: printed.cells.t3_open_natural,
    });
    expect(calls[0]?.reason).toContain('都成立');
  });

  it('locates a number the recogniser missed (blank) the same way', () => {
    const missed = { ...printed, cells: { ...printed.cells, t3_new_business: null } };
    expect(refereeCalls(missed)).toEqual([
      expect.objectContaining({ cell: 't3_new_business', proposed: printed.cells.t3_new_business }),
    ]);
  });

  it('puts every cell of a failing equation in doubt when no pair of equations narrows it down', () => {
    // 表四's groups have one equation each (the group's total): nothing crosses it.
    const id =
      Object.keys(printed.cells).find((c) => c.startsWith('t4_') && !c.endsWith('_total')) ?? '';
    const misread = {
      ...printed,
      cells: { ...printed.cells, [id]: Number(printed.cells[id]) + 1 },
    };
    const calls = refereeCalls(misread);
    expect(calls.map((c) => c.cell)).toContain(id);
    expect(calls.every((c) => c.proposed === undefined && c.reason.includes('未能定位'))).toBe(
      true,
    );
  });
});

describe('confirmCells', () => {
  it('puts the confirmed value in and makes the cell read as printed; the rest wait', () => {
    const provenance = {
      t3_open_natural: {
        source: 'ocr',
        confidence: 0.8,
        confirmed: false,
        doubt: '…',
        proposed: 4,
      },
      t3_open_business: { source: 'ocr', confidence: 0.99, confirmed: false },
    } as const;
    const report = { ...printed, cells: { ...printed.cells, t3_open_natural: 7 } };
    // t3_open_business is in the row the misread breaks: no equation vouches for it.
    expect(cellsToConfirm(report, provenance)).toEqual({
      doubtful: ['t3_open_natural'],
      agreed: [],
      absent: [],
      rest: ['t3_open_business'],
    });
    const next = confirmCells(report, provenance, { t3_open_natural: '4' });
    expect(next.report.cells.t3_open_natural).toBe('4');
    expect(next.provenance.t3_open_natural).toEqual({
      source: 'ocr',
      confidence: 0.8,
      confirmed: true,
    });
    expect(readAsPrinted(next.provenance.t3_open_natural)).toBe(true);
    expect(readAsPrinted(next.provenance.t3_open_business)).toBe(false);
    expect(cellsToConfirm(next.report, next.provenance).doubtful).toEqual([]);
  });
});

describe('cellsToConfirm: what a person may confirm at once', () => {
  const ocr = (extra: Partial<OcrCellSource> = {}): OcrCellSource => ({
    source: 'ocr',
    confidence: 0.99,
    confirmed: false,
    ...extra,
  });
  const zero = Object.keys(printed.cells).find(
    (id) => id.startsWith('t3_') && printed.cells[id] === 0,
  );
  if (!zero) throw new Error('the example has a 0 in 表三');

  it('numbers in equations that all hold are agreed; a blank the equations say is 0 is too, as 0', () => {
    const report = { ...printed, cells: { ...printed.cells, [zero]: null } };
    const provenance: Record<string, OcrCellSource> = {
      t3_new_natural: ocr(),
      [zero]: ocr({ doubt: '未识别出数字；所在行、列的勾稽关系都成立，应为 0', proposed: 0 }),
    };
    const { agreed, doubtful } = cellsToConfirm(report, provenance);
    expect(agreed).toEqual(expect.arrayContaining(['t3_new_natural', zero]));
    expect(doubtful).toEqual([]);
    expect(agreedValue(report, provenance, zero)).toBe(0);
    expect(agreedValue(report, provenance, 't3_new_natural')).toBe(printed.cells.t3_new_natural);
  });

  it('a blank the equations do not settle stays doubtful; a number in a broken equation is not agreed', () => {
    const report = {
      ...printed,
      cells: { ...printed.cells, t3_new_natural: null, t3_new_total: 999 },
    };
    const provenance: Record<string, OcrCellSource> = {
      t3_new_natural: ocr({ doubt: '未识别出数字（单字格如“0”“1”常被漏检），请对照原件填写' }),
      t3_new_legal: ocr(),
    };
    expect(cellsToConfirm(report, provenance)).toEqual({
      doubtful: ['t3_new_natural'],
      agreed: [],
      absent: [],
      rest: ['t3_new_legal'],
    });
  });

  it('a row OCR missed whole does not vouch for its own blanks (0 = 0 says nothing)', () => {
    const row = Object.keys(printed.cells).filter((id) => id.startsWith('t3_open_'));
    const report = {
      ...printed,
      cells: { ...printed.cells, ...Object.fromEntries(row.map((id) => [id, null])) },
    };
    const blank = ocr({ doubt: '未识别出数字；所在行、列的勾稽关系都成立，应为 0', proposed: 0 });
    const provenance = Object.fromEntries(row.map((id) => [id, blank]));
    expect(cellsToConfirm(report, provenance).agreed).toEqual([]);
  });

  it('rows not on the pages scanned are kept blank together, never filled with 0', () => {
    const report = { ...printed, cells: { ...printed.cells, t3_open_natural: null } };
    const provenance = {
      t3_open_natural: ocr({ doubt: '这一行不在所扫描的页面上', absent: true }),
    };
    expect(cellsToConfirm(report, provenance).absent).toEqual(['t3_open_natural']);
    const value = agreedValue(report, provenance, 't3_open_natural');
    expect(value).toBeNull();
    const next = confirmCells(report, provenance, { t3_open_natural: value });
    expect(next.report.cells.t3_open_natural).toBeNull();
    expect(next.provenance.t3_open_natural).toEqual({
      source: 'ocr',
      confidence: 0.99,
      confirmed: true,
    });
  });
});
