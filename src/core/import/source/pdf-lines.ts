/**
 * A PDF text layer as lines: text pieces grouped by their baseline, left to right, with a space
 * where there is a visible gap. A narrative line that fills the text width and the unindented line
 * after it are one paragraph even when the first ends in "；" or "。".
 */
import { isPageNumber } from '../normalize';
import { expandGrid, gridLines } from './grid';
import { ruledTables, type GridPiece, type RuleSegment, type RuledTable } from './pdf-rules';

/** One piece of text on a page, in PDF units (y grows upwards); the grid reader reads the same. */
export type TextPiece = GridPiece;

interface Line {
  readonly page: number;
  readonly y: number;
  readonly pieces: TextPiece[];
}

interface Laid {
  readonly page: number;
  readonly y: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
  /** The line has column gaps: a table row, never joined. */
  readonly gapped: boolean;
}

function groupLines(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces
    .filter((p) => p.text.trim() !== '')
    .sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    const tolerance = Math.max(1, Math.min(piece.size, last?.pieces[0]?.size ?? piece.size) * 0.4);
    if (last && last.page === piece.page && Math.abs(last.y - piece.y) <= tolerance) {
      last.pieces.push(piece);
    } else {
      lines.push({ page: piece.page, y: piece.y, pieces: [piece] });
    }
  }
  return lines;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;

/** Chinese next to anything: the small gap PDF writers put between Chinese and digits is no space. */
function cjkJoin(before: string, after: string): boolean {
  return CJK.test(before.slice(-1)) || CJK.test(after.charAt(0));
}

/** More columns than this from the left edge are not laid out (a page is some 200 wide). */
const MAX_COLUMNS = 1_000;

/** A number alone on its line (a table cell whose label is on the lines around it). */
const NUMBERS_ONLY = /^[\d.,，+\-\s]+$/;

/**
 * A line as text. A table row (a line with column gaps, a header of short words, or numbers
 * alone) is laid out by position as pdftotext -layout does: each word starts at the column its x
 * gives, in `unit`s (half the size of the numbers, so a digit is about one column), so that where a
 * number stands in the text says which column it is in — a table whose zero cells are blank
 * needs that.
 */
function layLine(line: Line, unit: number): Laid {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  // Words (pieces with no visible gap between them) and the gap before each: 0 none, 1 a space,
  // 2 a column gap. Parts, not a growing string: reading the end of a string built with += flattens
  // it, which made a line of 400,000 pieces quadratic.
  const words: { x: number; parts: string[]; gap: number; length: number }[] = [];
  let last = '';
  let end: number | undefined;
  let size = 0;
  for (const piece of pieces) {
    size = Math.max(size, piece.size);
    let gap = end === undefined ? 2 : 0;
    if (end !== undefined) {
      const space = piece.x - end;
      if (space > piece.size * 1.5) gap = 2;
      else if (space > piece.size * (cjkJoin(last, piece.text) ? 0.5 : 0.2) && !/\s/.test(last))
        gap = 1;
    }
    const word = words[words.length - 1];
    if (gap === 0 && word) {
      word.parts.push(piece.text);
      word.length += piece.text.length;
    } else words.push({ x: piece.x, parts: [piece.text], gap, length: piece.text.length });
    if (piece.text !== '') last = piece.text.slice(-1);
    end = Math.max(end ?? 0, piece.x + piece.width);
  }
  const gapped = words.slice(1).some((w) => w.gap === 2);
  // A header row of short words set one column each ("结果 结果 其他 尚未") is a table row too.
  // Numbers alone on a line are cells whose label is on the lines around them.
  const table =
    gapped ||
    (words.length >= 3 && words.every((w) => w.length <= 4 && CJK.test(w.parts.join('')))) ||
    NUMBERS_ONLY.test(words.map((w) => w.parts.join('')).join(' '));
  const parts: string[] = [];
  let length = 0;
  for (const [i, word] of words.entries()) {
    // Columns count from the page's left edge, so a column is the same on every row.
    const column = Math.round(word.x / unit);
    const least = i === 0 ? 0 : word.gap;
    // No page is wider than MAX_COLUMNS: a hostile x gets no more spaces than that.
    const pad = table ? Math.max(least, Math.min(column, MAX_COLUMNS) - length) : least;
    parts.push(' '.repeat(pad), ...word.parts);
    length += pad + word.length;
  }
  const text = table ? parts.join('').trimEnd() : parts.join('').trim();
  const first = pieces[0];
  return {
    page: line.page,
    y: line.y,
    text: text.trim() === '' ? '' : text,
    left: first?.x ?? 0,
    right: end ?? 0,
    size,
    gapped: table,
  };
}

/** The median of some numbers (0 for none). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The most common value, rounded to whole units. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/**
 * The text of a PDF's pieces, one line per text line. Given the page's ruling lines (the borders
 * an office tool draws round table cells), a ruled table becomes grid rows, TAB-separated like a
 * web page's or a Word file's table; the rest is laid out line by line.
 */
export function pdfLines(
  pieces: readonly TextPiece[],
  rules: readonly RuleSegment[] = [],
): string[] {
  const tables = rules.length > 0 ? ruledTables(pieces, rules) : [];
  const inTable = new Set<TextPiece>(tables.flatMap((t) => t.pieces));
  const free = inTable.size === 0 ? pieces : pieces.filter((p) => !inTable.has(p));
  // Page numbers go first, or a paragraph broken across pages would be joined around them.
  const lines = groupLines(free);
  // One unit for every line, so that a column is the same column on every row and page.
  // Half the size of the numbers (most of them a table's): a digit is about one column.
  const numbers = pieces.filter((p) => /^[\d.]+$/.test(p.text.trim()));
  const unit = Math.max(1, median((numbers.length > 0 ? numbers : pieces).map((p) => p.size)) / 2);
  const laid = lines.map((l) => layLine(l, unit)).filter((l) => !isPageNumber(l.text));
  const prose = laid.filter((l) => !l.gapped);
  const margin = mode(prose.map((l) => l.left));
  const rightEdge = Math.max(0, ...prose.map((l) => l.right));
  // Lines and tables in reading order: page by page, top to bottom.
  const blocks: ({ page: number; y: number } & ({ line: Laid } | { table: RuledTable }))[] = [
    ...laid.map((line) => ({ page: line.page, y: line.y, line })),
    ...tables.map((table) => ({ page: table.page, y: table.top, table })),
  ].sort((a, b) => a.page - b.page || b.y - a.y);
  const out: string[] = [];
  let previous: Laid | undefined;
  for (const block of blocks) {
    if ('table' in block) {
      out.push(...gridLines(expandGrid(block.table.rows)));
      previous = undefined;
      continue;
    }
    const line = block.line;
    const full =
      previous !== undefined &&
      !previous.gapped &&
      !line.gapped &&
      previous.right >= rightEdge - previous.size * 1.5 &&
      Math.abs(line.left - margin) < line.size * 0.5;
    const last = out.pop();
    if (last !== undefined) out.push(...(full ? [last + line.text] : [last, line.text]));
    else out.push(line.text);
    previous = line;
  }
  return out;
}
