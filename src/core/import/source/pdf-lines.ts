/**
 * A PDF text layer as lines: text pieces grouped by their baseline, left to right, with a space
 * where there is a visible gap. A narrative line that fills the text width and the unindented line
 * after it are one paragraph even when the first ends in "；" or "。".
 */
import { headingSection } from '../headings';
import { isPageNumber, trimText } from '../normalize';
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
interface Word {
  x: number;
  parts: string[];
  gap: number;
  length: number;
}

/**
 * A line's words (pieces with no visible gap between them) and the gap before each: 0 none, 1 a
 * space, 2 a column gap. With `cells`, two Chinese pieces a hairline apart are two words too: the
 * header of a table whose narrow cells the text fills ("结果维" "结果纠" …) has no other gap.
 * Parts, not a growing string: reading the end of a string built with += flattens it, which made a
 * line of 400,000 pieces quadratic.
 */
function wordsOf(pieces: readonly TextPiece[], cells: boolean): Word[] {
  const words: Word[] = [];
  let last = '';
  let end: number | undefined;
  for (const piece of pieces) {
    let gap = end === undefined ? 2 : 0;
    if (end !== undefined) {
      const space = piece.x - end;
      const cjk = cjkJoin(last, piece.text);
      if (space > piece.size * 1.5) gap = 2;
      else if (space > piece.size * (cjk ? 0.5 : 0.2) && !/\s/.test(last)) gap = 1;
      else if (cells && cjk && space > piece.size * 0.1 && !/\s/.test(last)) gap = 1;
    }
    const word = words[words.length - 1];
    if (gap === 0 && word) {
      word.parts.push(piece.text);
      word.length += piece.text.length;
    } else words.push({ x: piece.x, parts: [piece.text], gap, length: piece.text.length });
    if (piece.text !== '') last = piece.text.slice(-1);
    end = Math.max(end ?? 0, piece.x + piece.width);
  }
  return words;
}

/** A header row of short words set one column each ("结果 结果 其他 尚未"). */
function isHeaderRow(words: readonly Word[]): boolean {
  return words.length >= 3 && words.every((w) => w.length <= 4 && CJK.test(w.parts.join('')));
}

/**
 * A word or two of a table's header standing alone on its line, well right of the text's margin
 * ("总计" centred over its column between the wrapped words around it): laid out by position.
 */
function isLoneHeader(words: readonly Word[], margin: number, size: number): boolean {
  const first = words[0];
  return (
    first !== undefined &&
    words.length <= 2 &&
    first.x > margin + size * 2 &&
    words.every(
      (w) => w.length <= 4 && CJK.test(w.parts.join('')) && !/[。，；：]/.test(w.parts.join('')),
    )
  );
}

function layLine(line: Line, unit: number, margin = Number.POSITIVE_INFINITY): Laid {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  let size = 0;
  let end: number | undefined;
  for (const p of pieces) {
    size = Math.max(size, p.size);
    end = Math.max(end ?? 0, p.x + p.width);
  }
  const coarse = wordsOf(pieces, false);
  // A header has a few pieces; a long line is never one.
  const fine = !isHeaderRow(coarse) && pieces.length <= 64 ? wordsOf(pieces, true) : undefined;
  const words = fine && isHeaderRow(fine) ? fine : coarse;
  const gapped = words.slice(1).some((w) => w.gap === 2);
  // A header row is a table row too. Numbers alone on a line are cells whose label is on the
  // lines around them.
  const table =
    gapped ||
    isHeaderRow(words) ||
    isLoneHeader(words, margin, size) ||
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

/**
 * The text's left margin: the leftmost x at which more than one line starts (a stray piece further
 * left is no margin). Not the most common start: where most paragraphs are one line long, most
 * lines start at the first-line indent, and every indented paragraph would then look like the
 * continuation of a full line before it.
 */
function leftMargin(lines: readonly Laid[]): number {
  const lefts = lines
    .map((l) => ({ x: l.left, tolerance: l.size * 0.5 }))
    .sort((a, b) => a.x - b.x);
  for (const [i, { x, tolerance }] of lefts.entries()) {
    const next = lefts[i + 1];
    if (next && next.x - x <= tolerance) return x;
  }
  return lefts[0]?.x ?? 0;
}

/**
 * The text's right margin: the middle of where the long lines end. Not the furthest: a line whose
 * last character hangs over the margin (CJK punctuation) would put every full line short of it.
 */
function rightMargin(lines: readonly Laid[]): number {
  const furthest = Math.max(0, ...lines.map((l) => l.right));
  return median(lines.filter((l) => l.right >= furthest - l.size * 4).map((l) => l.right));
}

/** A line that starts a paragraph whatever the line before: a section heading, or "（二）…" after a sentence. */
function startsParagraph(line: string, previous: string): boolean {
  const text = trimText(line);
  if (headingSection(text) !== undefined) return true;
  return (
    /^[（(][一二三四五六七八九十]+[）)]/.test(text) && /[。；;：:！？!?]$/.test(trimText(previous))
  );
}

/** Kangxi radicals and CJK radical supplements (U+2E80–U+2FDF). */
const RADICALS = /[\u2E80-\u2FDF]/g;

/**
 * The CJK Radicals Supplement (U+2E80–U+2EFF) has no NFKC mapping: each radical here, then the
 * one ideograph that Noto Sans and Serif CJK SC draw with the same glyph (read from the fonts'
 * character maps), in pairs. Chromium's PDF of a page gives "人⺠政府" for 人民政府, "⻘山" for 青山.
 */
const SUPPLEMENT = new Map<string, string>(
  Array.from(
    '⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟',
  ).flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1] ?? c] as const] : [])),
);

/**
 * A piece's text with radicals as the ideographs they stand for. Fonts map some ideographs' glyphs
 * to the radical code points (Chromium's PDF of a page in Noto CJK gives "⽆" for 无, "⼀" for 一,
 * "⺠" for 民), which then match no label, no "无" cell and no 机关; NFKC maps the Kangxi radicals
 * to their ideographs, the table above the supplement's.
 */
function unifyRadicals(piece: TextPiece): TextPiece {
  if (!/[\u2E80-\u2FDF]/.test(piece.text)) return piece;
  return {
    ...piece,
    text: piece.text.replace(RADICALS, (c) => SUPPLEMENT.get(c) ?? c.normalize('NFKC')),
  };
}

/**
 * The text of a PDF's pieces, one line per text line. Given the page's ruling lines (the borders
 * an office tool draws round table cells), a ruled table becomes grid rows, TAB-separated like a
 * web page's or a Word file's table; the rest is laid out line by line.
 */
export function pdfLines(
  printed: readonly TextPiece[],
  rules: readonly RuleSegment[] = [],
): string[] {
  const pieces = printed.map(unifyRadicals);
  const tables = rules.length > 0 ? ruledTables(pieces, rules) : [];
  const inTable = new Set<TextPiece>(tables.flatMap((t) => t.pieces));
  const free = inTable.size === 0 ? pieces : pieces.filter((p) => !inTable.has(p));
  // Page numbers go first, or a paragraph broken across pages would be joined around them.
  const lines = groupLines(free);
  // One unit for every line, so that a column is the same column on every row and page.
  // Half the size of the numbers (most of them a table's): a digit is about one column.
  const numbers = pieces.filter((p) => /^[\d.]+$/.test(p.text.trim()));
  const unit = Math.max(1, median((numbers.length > 0 ? numbers : pieces).map((p) => p.size)) / 2);
  const first = lines.map((l) => layLine(l, unit));
  const margin = leftMargin(first.filter((l) => !l.gapped && !isPageNumber(l.text)));
  // Short lines again, knowing the margin: a lone header word right of it keeps its column.
  const laid = first
    .map((l, i) => (l.gapped || l.text.length > 9 ? l : layLine(lines[i] as Line, unit, margin)))
    .filter((l) => !isPageNumber(l.text));
  const prose = laid.filter((l) => !l.gapped);
  const rightEdge = rightMargin(prose);
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
      Math.abs(line.left - margin) < line.size * 0.5 &&
      !startsParagraph(line.text, previous.text);
    const last = out.pop();
    if (last !== undefined) out.push(...(full ? [last + line.text] : [last, line.text]));
    else out.push(line.text);
    previous = line;
  }
  return out;
}
