/**
 * A PDF text layer as lines: text pieces grouped by their baseline, left to right, with a space
 * where there is a visible gap. A narrative line that fills the text width and the unindented line
 * after it are one paragraph even when the first ends in "；" or "。".
 */
import { isPageNumber } from '../normalize';

/** One piece of text on a page, in PDF units (y grows upwards). */
export interface TextPiece {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size, roughly the height of a character. */
  readonly size: number;
}

interface Line {
  readonly page: number;
  readonly y: number;
  readonly pieces: TextPiece[];
}

interface Laid {
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

function layLine(line: Line): Laid {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  // Parts and the last character, not a growing string: reading the end of a string built with
  // += flattens it, which made a line of 400,000 pieces quadratic.
  const parts: string[] = [];
  let last = '';
  let end: number | undefined;
  let gapped = false;
  let size = 0;
  for (const piece of pieces) {
    size = Math.max(size, piece.size);
    if (end !== undefined) {
      const gap = piece.x - end;
      if (gap > piece.size * 1.5) {
        parts.push('  ');
        last = ' ';
        gapped = true;
      } else if (gap > piece.size * (cjkJoin(last, piece.text) ? 0.5 : 0.2) && !/\s/.test(last)) {
        parts.push(' ');
        last = ' ';
      }
    }
    parts.push(piece.text);
    if (piece.text !== '') last = piece.text.slice(-1);
    end = Math.max(end ?? 0, piece.x + piece.width);
  }
  const text = parts.join('');
  const first = pieces[0];
  return { text: text.trim(), left: first?.x ?? 0, right: end ?? 0, size, gapped };
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

/** The text of a PDF's pieces, one line per text line. */
export function pdfLines(pieces: readonly TextPiece[]): string[] {
  // Page numbers go first, or a paragraph broken across pages would be joined around them.
  const laid = groupLines(pieces)
    .map(layLine)
    .filter((l) => !isPageNumber(l.text));
  const prose = laid.filter((l) => !l.gapped);
  const margin = mode(prose.map((l) => l.left));
  const rightEdge = Math.max(0, ...prose.map((l) => l.right));
  const out: string[] = [];
  let previous: Laid | undefined;
  for (const line of laid) {
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
