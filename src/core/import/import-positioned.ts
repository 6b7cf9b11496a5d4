/**
 * Reading a report from positioned text: the entry point for every source that knows where each
 * piece of text stands on its page — a PDF's text layer (import-pdf.ts), OCR output. Pieces are
 * in page units with y growing upwards (PDF's convention); a source that has the page's ruling
 * lines (table borders) passes them too, and ruled tables are then read as grids.
 */
import type { ImportOptions, ImportResult, InputKind } from './import-result';
import { importText } from './import-text';
import { checkTextLength, limitFailure } from './limits';
import { pdfLines, type TextPiece } from './source/pdf-lines';
import type { RuleSegment } from './source/pdf-rules';

export type { TextPiece } from './source/pdf-lines';
export type { RuleSegment } from './source/pdf-rules';

/** Positioned text of a document's pages. */
export interface PositionedText {
  /** Every text piece of every page (`page` counts from 1). */
  readonly pieces: readonly TextPiece[];
  /** The axis-aligned lines drawn on the pages (table borders), if the source has them. */
  readonly rules?: readonly RuleSegment[];
}

/** The text lines positioned text reads as (tables as grid rows where they are ruled). */
export function positionedLines(text: PositionedText): string[] {
  return pdfLines(text.pieces, text.rules ?? []);
}

/** Read a report from positioned text; `input` says what it came from. */
export function importPositioned(
  text: PositionedText,
  options: ImportOptions = {},
  input: InputKind = 'pdf',
): ImportResult {
  const lines = positionedLines(text).join('\n');
  try {
    checkTextLength(lines);
  } catch (error) {
    return limitFailure(error);
  }
  return importText(lines, options, input);
}
