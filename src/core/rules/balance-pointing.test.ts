import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import type { Report } from '../report';
import { reportFixture as fixture } from '../../testing/fixtures';
import { likelyCell } from './balance-pointing';

const example = fixture('example-2021.json');
/** The example with computed totals (as the page has them) and some cells changed. */
function withCells(cells: Record<string, number | string | null>, auto = true): Report {
  return {
    ...example,
    ...(auto ? { totals: { t3: 'auto', t4: 'auto' } } : {}),
    cells: { ...example.cells, ...cells },
  };
}
const only = (report: Report, rule: string) => {
  const found = checkAll(report).filter((f) => f.rule === rule);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (!first) throw new Error(`no ${rule} finding`);
  return first;
};

describe('likelyCell', () => {
  it('11 typed for 1 in 重复申请: the only result row that explains 多 10 件', () => {
    const report = withCells({ t3_reject_repeat_natural: 11 });
    const finding = only(report, 'T3_BALANCE');
    expect(finding.message).toContain('多 10 件');
    expect(likelyCell(report, finding)).toEqual({
      cell: 't3_reject_repeat_natural',
      hint: '重复申请 11 — 多出的 10 件可能在这里',
      why: 'alone',
    });
    // It wins over a cell changed later: the figures say more than the order of typing.
    expect(likelyCell(report, finding, ['t3_open_natural'])?.cell).toBe('t3_reject_repeat_natural');
  });

  it('a figure too large on the other side (一 typed 19 for 9) is found the same way', () => {
    const report = withCells({ t3_new_natural: 19 });
    const finding = only(report, 'T3_BALANCE');
    expect(finding.message).toContain('少 10 件');
    expect(likelyCell(report, finding)).toMatchObject({
      cell: 't3_new_natural',
      hint: '本年新收政府信息公开申请数量 19 — 多出的 10 件可能在这里',
    });
  });

  it('several cells could explain it: the one changed most recently, else none', () => {
    // 多 2 件: 予以公开 4 and 无法提供 1. 2 are both at least 2.
    const report = withCells({ t3_carry_next_natural: 3 });
    const finding = only(report, 'T3_BALANCE');
    expect(likelyCell(report, finding)).toBeUndefined();
    expect(
      likelyCell(report, finding, ['t2_rules_made', 't3_carry_next_natural', 't3_open_natural']),
    ).toEqual({
      cell: 't3_carry_next_natural',
      hint: '结转下年度继续办理 3 — 最近修改的单元格，请先核对这里',
      why: 'recent',
    });
  });

  it('not while a cell on the other side is blank: that blank may be the missing part', () => {
    const report = withCells({ t3_carried_natural: null, t3_reject_repeat_natural: 11 });
    const finding = only(report, 'T3_BALANCE');
    expect(likelyCell(report, finding)).toBeUndefined();
  });

  it('typed totals: a row sum names the column, a computed cell is never pointed at', () => {
    const rowSum = withCells({ t3_new_business: 12 }, false);
    const finding = checkAll(rowSum).find(
      (f) => f.rule === 'T3_ROW_SUM' && f.cells[0] === 't3_new_total',
    );
    expect(finding && likelyCell(rowSum, finding)).toMatchObject({
      cell: 't3_new_business',
      hint: '商业企业 12 — 多出的 10 件可能在这里',
    });
    const auto = withCells({ t4_review_upheld: 5 });
    const t4 = checkAll(auto).filter((f) => f.rule === 'T4_SUM');
    expect(t4).toEqual([]); // a computed total cannot break its own sum
  });

  it('other rules have no likely cell', () => {
    const report = withCells({ t3_new_natural: 'abc' });
    const invalid = only(report, 'VALUE_INVALID');
    expect(likelyCell(report, invalid, ['t3_new_natural'])).toBeUndefined();
  });
});
