/**
 * A number read by OCR and not yet confirmed never makes a finding the report's own error: the
 * finding is a reading doubt naming the cell and why it is unsure; once a person confirms the cell
 * against the page, the same finding is the report's error.
 */
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../check';
import { countDoubts, countFindings } from '../../rules/catalogue';
import { reportFixture } from '../../../testing/fixtures';
import type { CellSource } from '../import-result';
import { confirmCells } from './confirm-cells';

const example = reportFixture('example-2021');
// A "1" misread as "7": 表三's natural-person column no longer adds up.
const misread = structuredClone(example);
misread.cells.t3_new_natural = Number(example.cells.t3_new_natural) + 6;

const ocr = (confidence: number, doubt?: string): CellSource => ({
  source: 'ocr',
  confidence,
  confirmed: false,
  ...(doubt ? { doubt } : {}),
});
const provenance: Record<string, CellSource> = Object.fromEntries(
  Object.keys(misread.cells).map((id) => [id, ocr(0.99)]),
);
provenance.t3_new_natural = ocr(0.82);

describe('findings on numbers read by OCR', () => {
  it('the example report read by OCR has no finding at all while it balances', () => {
    expect(checkAll(example, undefined, { provenance }).filter((f) => f.doubt)).toEqual([]);
  });

  it('an unconfirmed misread is a reading doubt, not an error, and says it is unconfirmed', () => {
    const findings = checkAll(misread, undefined, { provenance });
    const doubts = findings.filter((f) => f.doubt);
    expect(doubts.length).toBeGreaterThan(0);
    expect(countFindings(findings).errors).toBe(0);
    expect(countDoubts(findings)).toBe(doubts.length);
    expect(doubts.some((f) => f.doubt?.cells.includes('t3_new_natural'))).toBe(true);
    expect(doubts[0]?.doubt?.reason).toContain('尚未对照原件确认');
  });

  it('once every cell is confirmed, the same break is the report’s own error', () => {
    const all = Object.fromEntries(Object.entries(misread.cells).map(([id, v]) => [id, v]));
    const confirmed = confirmCells(misread, provenance, all);
    const findings = checkAll(confirmed.report, undefined, { provenance: confirmed.provenance });
    expect(countDoubts(findings)).toBe(0);
    expect(countFindings(findings).errors).toBeGreaterThan(0);
  });
});
