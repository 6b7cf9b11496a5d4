/**
 * Where an imported report's cells come from, and reading doubts: a finding that rests on a cell
 * the importer did not read as printed (inferred by the equations, placed by a guess, or not found)
 * may be the reader's mistake, not the report's. Such a finding carries a `doubt`; it is shown
 * apart ("读取存疑：请对照原文核对以下单元格") and never counted as the report's own error.
 *
 * The contract other parts build on (the review desk, indicators, profiles, OCR):
 * - `CellSource` is a cell's provenance; a new kind of source (OCR) adds a member here and says
 *   in `readAsPrinted` and `sourceReason` what it means.
 * - `Provenance` maps cell ids to their source; a cell not in it counts as read as printed (a
 *   report file, a draft: what it holds is what it says).
 * - `Finding.doubt` (rules/catalogue.ts) is set by `checkAll(report, lastYear, { provenance })`.
 */

/**
 * Where an imported cell's value comes from: printed in the source at this cell (a blank printed
 * cell has the value null); inferred (placed or computed by the table's equations, or put in a
 * row by table order — `how` says which); not found in the source (left blank); or read from a
 * scan by OCR (OcrCellSource).
 */
export type CellSource =
  | { readonly source: 'printed' }
  | { readonly source: 'inferred'; readonly how: string }
  | { readonly source: 'missing' }
  | OcrCellSource;

/**
 * A cell read from a scanned page by OCR: how sure the recogniser was, whether a person has
 * compared it with the page, and — when the table's equations locate it as wrong, it was not
 * found, or the recogniser was unsure — why it is in doubt and the value that would satisfy the
 * equations, if one does. Unconfirmed, it is never read as printed.
 */
export interface OcrCellSource {
  readonly source: 'ocr';
  /** The recogniser's confidence, 0…1 (for a value printed several times, the least of them). */
  readonly confidence: number;
  /** A person has compared the cell with the page: it now counts as read as printed. */
  readonly confirmed: boolean;
  /** Why the cell is in doubt (the equations locate it, nothing was read, low confidence). */
  readonly doubt?: string;
  /** The value that satisfies the equations that locate the cell, when exactly one does. */
  readonly proposed?: number;
  /**
   * Nothing was read in the cell's whole row — no label, no number: the row is not on the pages
   * scanned (a one-page scan of a longer report). Confirmed, it stays blank, never 0.
   */
  readonly absent?: true;
}

/** Every cell's provenance, by cell id (cells not named were read as printed). */
export type Provenance = Readonly<Record<string, CellSource>>;

/** Why a finding may be the reader's mistake: the cells not read as printed, and how they were read. */
export interface ReadingDoubt {
  /** The finding's cells that were not read as printed. */
  readonly cells: readonly string[];
  /** How the first of them was read, in Chinese ("原文未列出，按 … 推算为 15"). */
  readonly reason: string;
}

/** The heading under which reading doubts are shown, apart from the report's own findings. */
export const DOUBT_HEADING = '读取存疑：请对照原文核对以下单元格';

/** Whether a cell was read as printed: its value, or its blank, is what the source shows there. */
export function readAsPrinted(source: CellSource | undefined): boolean {
  return (
    source === undefined ||
    source.source === 'printed' ||
    (source.source === 'ocr' && source.confirmed)
  );
}

/** How a cell not read as printed was read, for a reader to check against the source. */
export function sourceReason(source: CellSource): string {
  switch (source.source) {
    case 'printed':
      return '按原文读入';
    case 'inferred':
      return source.how;
    case 'missing':
      return '原文中未能读出这个单元格';
    case 'ocr':
      return source.confirmed
        ? '扫描件 OCR 识别，已对照原件确认'
        : `扫描件 OCR 识别，尚未对照原件确认（${source.doubt ?? `识别置信度 ${Math.round(source.confidence * 100)}%`}）`;
  }
}

/** The reading doubt of a finding on these cells, or undefined when every cell was read as printed. */
export function doubtOf(
  cells: readonly string[],
  provenance: Provenance | undefined,
  nameOf: (id: string) => string,
): ReadingDoubt | undefined {
  if (!provenance) return undefined;
  const unsure = cells.filter((id) => !readAsPrinted(provenance[id]));
  const first = unsure[0];
  const source = first === undefined ? undefined : provenance[first];
  if (first === undefined || !source) return undefined;
  const more = unsure.length > 1 ? `（另有 ${unsure.length - 1} 个单元格不是按原文直接读入）` : '';
  return { cells: unsure, reason: `${nameOf(first)}：${sourceReason(source)}${more}` };
}
