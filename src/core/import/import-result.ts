/** What every importer returns: the report and what it could not place, or a reason in Chinese. */
import { cellIds } from '../cells';
import type { CellSource } from '../provenance';
import type { Report } from '../report';
import { getTemplate, type TemplateId } from '../templates';

/** The kinds of input the importers read. */
export type InputKind = 'json' | 'text' | 'html' | 'docx' | 'pdf' | 'image';

/** Where an imported cell's value comes from, and what counts as read as printed (provenance.ts). */
export { readAsPrinted, type CellSource, type OcrCellSource } from '../provenance';
/** A report read from some input, or why it could not be read. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly report: Report;
      /** The format the report was read in (detected from the table labels). */
      readonly format: TemplateId;
      readonly input: InputKind;
      /** Source lines that are in none of the report's parts (page furniture, stray table lines). */
      readonly unplaced: readonly string[];
      /** What the reader decided that a user should check ("251000元" read as 25.1 万元, …). */
      readonly notes: readonly string[];
      /** Every table cell's provenance, by cell id. */
      readonly provenance: Readonly<Record<string, CellSource>>;
      /** The text's heading lines as printed, in order (OUTLINE judges them; none for a report file). */
      readonly headings?: readonly string[];
      /** The pages printed nothing that decides the format: whence it was taken (a scan's, issue 27). */
      readonly formatDoubt?: string;
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** The file is a scan (a PDF with no text layer, an image): OCR can read it. */
      readonly scanned?: true;
      /** Stopped by the last-resort clock (limits.ts HANG_GUARD_MS), not by a bound of work. */
      readonly timedOut?: true;
    };

/** Options for reading a report from text: what the text may not say. */
export interface ImportOptions {
  /** Read the tables in this format instead of detecting it. */
  readonly template?: TemplateId;
  /** The report year, when the text has no title. */
  readonly year?: number;
  /** The 机关名称, when the text has no title. */
  readonly org?: string;
}

/** A report file's cells are what it holds: every cell as saved. */
export function savedProvenance(report: Report): Record<string, CellSource> {
  return Object.fromEntries(
    cellIds(getTemplate(report.template)).map((id) => [id, { source: 'printed' } as const]),
  );
}
