/** The equations as referee of an OCR reading, and a person's confirmation of the cells. */
import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../../testing/fixtures';
import { readAsPrinted } from '../import-result';
import { cellsToConfirm, confirmCells } from './confirm-cells';
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
    expect(cellsToConfirm(report, provenance)).toEqual({
      doubtful: ['t3_open_natural'],
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
