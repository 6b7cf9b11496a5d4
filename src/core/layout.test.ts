import { describe, expect, it } from 'vitest';
import { layoutReport, layoutTable } from './layout';
import type { Report } from './report';
import { getTemplate } from './templates';
import { reportFixture } from '../testing/fixtures';

const report = reportFixture('example-2021');

/** The printed text of one cell of table 三 in a layout. */
function textOf(cells: Report['cells'], blankAs?: string): string | undefined {
  const table = layoutTable(
    getTemplate('2021'),
    't3',
    { cells },
    blankAs === undefined ? {} : { blankAs },
  );
  return table.rows.flat().find((cell) => cell.cellId === 't3_new_natural')?.text;
}

describe('layout of a blank cell', () => {
  it('prints 0 on the clerk’s own form, and stays blank where a reader asks (an imported report)', () => {
    const blank = { ...report.cells, t3_new_natural: null };
    expect(textOf(blank)).toBe('0');
    expect(textOf(blank, '')).toBe('');
    // A value is printed the same either way.
    expect(textOf({ ...report.cells, t3_new_natural: 7 }, '')).toBe('7');
  });

  it('passes the option to every table of a report', () => {
    const cells = Object.fromEntries(Object.keys(report.cells).map((id) => [id, null]));
    const numbers = layoutReport({ ...report, cells }, { blankAs: '' }).flatMap((block) =>
      block.type === 'table' ? block.rows.flat().filter((cell) => cell.kind === 'number') : [],
    );
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((cell) => cell.text !== '')).toEqual([]);
  });
});
