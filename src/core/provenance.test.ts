import { describe, expect, it } from 'vitest';
import { checkAll } from './check';
import type { CellSource, Provenance } from './provenance';
import type { CellValue, Report } from './report';
import { countDoubts, countFindings, type Finding } from './rules/catalogue';
import { reportFixture } from '../testing/fixtures';

const example = reportFixture('example-2021');

function withCells(report: Report, cells: Record<string, CellValue>): Report {
  const copy = structuredClone(report);
  Object.assign(copy.cells, cells);
  return copy;
}

const inferred: CellSource = { source: 'inferred', how: '原文未列出，按 六类申请人之和 推算为 9' };
const balance = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule.startsWith('T3_') || f.rule === 'T4_SUM');

describe('reading doubts', () => {
  it('an error on cells read as printed is the report’s own', () => {
    const report = withCells(example, { t3_new_total: 99 });
    const findings = checkAll(report, undefined, { provenance: {} });
    const errors = balance(findings);
    expect(errors.map((f) => f.rule)).toEqual(['T3_BALANCE', 'T3_ROW_SUM']);
    expect(errors.every((f) => f.doubt === undefined)).toBe(true);
    expect(countFindings(findings).errors).toBe(2);
    expect(countDoubts(findings)).toBe(0);
  });

  it('an error on a cell the importer inferred is a reading doubt, not counted as an error', () => {
    const report = withCells(example, { t3_new_total: 99 });
    const provenance: Provenance = { t3_new_total: inferred };
    const findings = checkAll(report, undefined, { provenance });
    const doubts = balance(findings);
    expect(doubts).toHaveLength(2);
    for (const f of doubts) {
      expect(f.doubt?.cells).toEqual(['t3_new_total']);
      expect(f.doubt?.reason).toBe(
        '表三 一、本年新收政府信息公开申请数量 总计：原文未列出，按 六类申请人之和 推算为 9',
      );
    }
    expect(countFindings(findings).errors).toBe(0);
    // The narrative's 15 against the inferred 99 is a doubt too.
    expect(findings.filter((f) => f.doubt).map((f) => f.rule)).toEqual([
      'T3_BALANCE',
      'T3_ROW_SUM',
      'TEXT_TABLE_MISMATCH',
    ]);
    expect(countDoubts(findings)).toBe(3);
  });

  it('without provenance (a clerk’s draft) a blank total is an error as before', () => {
    const report = withCells(example, { t3_new_total: null });
    const rows = checkAll(report).filter((f) => f.rule === 'T3_ROW_SUM');
    expect(rows.map((f) => f.message)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 总计：未填写，应为 六类申请人之和 = 9+2+1+1+1+1 = 15',
    ]);
  });

  it('on an imported report a blank printed cell is not a zero: no rule fires on it', () => {
    const report = withCells(example, { t3_new_total: null, t3_open_natural: null });
    const findings = checkAll(report, undefined, { provenance: {} });
    expect(balance(findings)).toEqual([]);
    const blank = findings.filter((f) => f.rule === 'BLANK_CELL');
    expect(blank.map((f) => f.message)).toEqual([
      '表三 原文有 2 个单元格为空白（可能表示 0，请核对）：一、本年新收政府信息公开申请数量 总计、（一）予以公开 自然人',
    ]);
    expect(blank[0]?.doubt).toBeUndefined();
  });

  it('a blank that no value can balance still breaks its equation', () => {
    // 予以公开: parts 5 + blank + … against a printed total of 4 — no count makes them equal.
    const report = withCells(example, {
      t3_open_natural: 5,
      t3_open_business: null,
      t3_open_total: 4,
    });
    const findings = checkAll(report, undefined, { provenance: {} });
    const row = findings.filter((f) => f.rule === 'T3_ROW_SUM');
    expect(row.map((f) => f.cells[0])).toEqual(['t3_open_total']);
    expect(row[0]?.doubt).toBeUndefined();
  });

  it('cells the importer could not read are a BLANK_CELL of their own, a reading doubt', () => {
    const report = withCells(example, { t4_review_upheld: null, t4_review_total: null });
    const provenance: Provenance = {
      t4_review_upheld: { source: 'missing' },
      t4_review_total: { source: 'missing' },
    };
    const blank = checkAll(report, undefined, { provenance }).filter(
      (f) => f.rule === 'BLANK_CELL',
    );
    expect(blank).toHaveLength(1);
    expect(blank[0]?.message).toBe(
      '表四 有 2 个单元格未能从原文读出，暂为空白：行政复议 结果维持、行政复议 总计',
    );
    expect(blank[0]?.doubt?.cells).toEqual(['t4_review_upheld', 't4_review_total']);
  });
});
