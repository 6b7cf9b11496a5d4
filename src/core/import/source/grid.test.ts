import { describe, expect, it } from 'vitest';
import { layoutTable, tableGrid } from '../../layout';
import { createReport } from '../../report';
import { TEMPLATES } from '../../templates';
import { cellText, expandGrid, gridLines } from './grid';

describe('expandGrid', () => {
  it.each(
    TEMPLATES.flatMap((t) => (['t2', 't3', 't4'] as const).map((id) => [t.id, id, t] as const)),
  )('%s %s: spans expand to the same grid as the layout model’s', (_, id, template) => {
    const table = layoutTable(
      template,
      id,
      createReport({ org: '某镇', year: 2024, template: template.id }),
    );
    expect(expandGrid(table.rows)).toEqual(tableGrid(table));
  });

  it('copes with spans that run past the table', () => {
    expect(
      expandGrid([
        [{ text: 'a', colSpan: 2, rowSpan: 5 }],
        [{ text: 'b', colSpan: 1, rowSpan: 1 }],
      ]),
    ).toEqual([
      ['a', ''],
      ['', '', 'b'],
    ]);
  });

  it('writes rows as TAB-separated lines, cell text on one line', () => {
    expect(cellText(' 22\n（其中修订16件）\t')).toBe('22 （其中修订16件）');
    expect(
      gridLines([
        ['规章', '1', '', ''],
        ['', '', '', ''],
      ]),
    ).toEqual(['规章\t1\t\t', '']);
  });
});
