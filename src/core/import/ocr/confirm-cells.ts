/**
 * A person's confirmation of OCR'd cells: the value they compared with the page goes into the
 * report and the cell counts as read as printed from then on. The cells to go through come in
 * the table's order, those in doubt first.
 */
import type { CellSource, OcrCellSource } from '../import-result';
import type { CellValue, Report } from '../../report';

type Provenance = Readonly<Record<string, CellSource>>;

/** The OCR cells not yet confirmed: those in doubt first, then the rest, each in table order. */
export function cellsToConfirm(
  report: Report,
  provenance: Provenance,
): { doubtful: string[]; rest: string[] } {
  const order = Object.keys(report.cells);
  const ids = Object.keys(provenance).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const open = ids.filter((id) => {
    const p = provenance[id];
    return p?.source === 'ocr' && !p.confirmed;
  });
  const doubt = (id: string) => {
    const p = provenance[id];
    return p?.source === 'ocr' && p.doubt !== undefined;
  };
  return { doubtful: open.filter(doubt), rest: open.filter((id) => !doubt(id)) };
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
    const { doubt: _doubt, proposed: _proposed, ...kept } = p;
    next[id] = { ...kept, confirmed: true } satisfies OcrCellSource;
  }
  return { report: { ...report, cells }, provenance: next };
}
