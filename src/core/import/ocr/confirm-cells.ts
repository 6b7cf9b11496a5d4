/**
 * A person's confirmation of OCR'd cells: the value they compared with the page goes into the
 * report and the cell counts as read as printed from then on. The cells to go through come in
 * the table's order, those in doubt first.
 */
import type { CellSource, OcrCellSource } from '../import-result';
import type { CellValue, Report } from '../../report';
import { equationTally, vouched } from './referee';

type Provenance = Readonly<Record<string, CellSource>>;

/**
 * The OCR cells not yet confirmed, each list in table order: those in doubt (one by one, beside
 * the page), those the equations vouch for as read now (all their equations hold; a blank in a
 * row's and a column's: referee.ts, vouched) — confirmed together — the rows not on the pages
 * scanned (kept blank together), and the rest (no doubt, but no equation vouches for them).
 */
export function cellsToConfirm(
  report: Report,
  provenance: Provenance,
): { doubtful: string[]; agreed: string[]; absent: string[]; rest: string[] } {
  const order = Object.keys(report.cells);
  const ids = Object.keys(provenance).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const open = ids.filter((id) => {
    const p = provenance[id];
    return p?.source === 'ocr' && !p.confirmed;
  });
  const tally = equationTally(report);
  const blank = (id: string) => {
    const value = report.cells[id];
    return value === null || value === undefined || String(value).trim() === '';
  };
  // A doubt the equations settle: a blank they all say is 0 (import-scanned.ts, blankDoubt).
  const settled = (p: OcrCellSource, id: string) => p.proposed === 0 && blank(id);
  const agreed: string[] = [];
  const absent: string[] = [];
  const doubtful: string[] = [];
  const rest: string[] = [];
  for (const id of open) {
    const p = provenance[id] as OcrCellSource;
    const vouch = vouched(tally.get(id), blank(id));
    if (p.absent && blank(id)) absent.push(id);
    else if (vouch && (p.doubt === undefined || settled(p, id))) agreed.push(id);
    else if (p.doubt !== undefined) doubtful.push(id);
    else rest.push(id);
  }
  return { doubtful, agreed, absent, rest };
}

/** The value a person confirms for an agreed cell: the equations' proposal, else as read. */
export function agreedValue(report: Report, provenance: Provenance, id: string): CellValue {
  const p = provenance[id];
  return p?.source === 'ocr' && p.proposed !== undefined ? p.proposed : (report.cells[id] ?? null);
}

/** The report and provenance with `cells` confirmed at the given values (blank text = blank). */
export function confirmCells(
  report: Report,
  provenance: Provenance,
  values: Readonly<Record<string, CellValue>>,
): { report: Report; provenance: Record<string, CellSource> } {
  const cells = { ...report.cells };
  const next: Record<string, CellSource> = { ...provenance };
  for (const [id, value] of Object.entries(values)) {
    const p = provenance[id];
    if (p?.source !== 'ocr') continue;
    cells[id] = value;
    const { doubt: _doubt, proposed: _proposed, absent: _absent, ...kept } = p;
    next[id] = { ...kept, confirmed: true } satisfies OcrCellSource;
  }
  return { report: { ...report, cells }, provenance: next };
}
