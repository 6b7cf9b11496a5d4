import { describe, expect, it } from 'vitest';
import { cellIds } from '../../cells';
import type { CellSource } from '../../provenance';
import type { CellValue } from '../../report';
import { getTemplate } from '../../templates';
import { fillDerived } from './derive-blanks';

describe('fillDerived', () => {
  it('marks a blank total whose own row prints a figure as unread, not as a printed zero', () => {
    const template = getTemplate('2019');
    const cells: Record<string, CellValue> = {};
    const provenance: Record<string, CellSource> = {};
    for (const id of cellIds(template)) {
      cells[id] = null;
      provenance[id] = { source: 'printed' };
    }
    // The whole 总计 column and the zeros printed blank; 上年结转 prints 3 for 自然人, and the
    // blanks read as zeros do not balance (办理结果 adds up to 0), so nothing is derived.
    cells.t3_carried_natural = 3;
    fillDerived(template, cells, provenance);
    expect(cells.t3_carried_total).toBeNull();
    expect(provenance.t3_carried_total?.source).toBe('inferred');
    // A total whose row prints nothing may well be a zero printed blank.
    expect(cells.t3_new_total).toBeNull();
    expect(provenance.t3_new_total).toEqual({ source: 'printed' });
  });
});
