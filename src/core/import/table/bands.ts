/**
 * PDF text in text-block order (pdftotext without -layout): a table's numbers come block by block
 * — the first five columns of three rows, then the 其他 column of those rows, then their 总计, then
 * the next rows one number a line — and the labels are printed apart from them. Every number is
 * printed (a table of R rows by C columns gives R×C numbers), so the stream is cut into bands of
 * rows, each band into blocks of columns read row by row, where the text's own breaks (a label or a
 * blank line between numbers) allow. The readings are few; the table's equations choose.
 */
import type { NumberToken } from './locate-labels';
import type { Token } from './tokens';

/** Row index and column index of each number of the stream, in stream order, and how many blocks. */
export interface BandReading {
  readonly cells: readonly (readonly [row: number, col: number])[];
  readonly blocks: number;
}

interface Stream {
  readonly numbers: readonly NumberToken[];
  /** breakAfter[i]: the text breaks between number i and i + 1 (or i is the last). */
  readonly breakAfter: readonly boolean[];
}

const MAX_READINGS = 2_000;

/** The printed numbers of a region and where its text breaks between them. */
export function streamOf(tokens: readonly Token[]): Stream {
  const numbers: NumberToken[] = [];
  const breakAfter: boolean[] = [];
  let previous: NumberToken | undefined;
  let textSince = false;
  for (const t of tokens) {
    if (t.kind === 'text') {
      textSince = true;
      continue;
    }
    if (t.raw === '') continue;
    if (previous) breakAfter[numbers.length - 1] = textSince || t.line - previous.line > 1;
    numbers.push(t);
    previous = t;
    textSince = false;
  }
  if (numbers.length > 0) breakAfter[numbers.length - 1] = true;
  return { numbers, breakAfter };
}

/** How many numbers from `p` on stand each on their own (the text breaks after every one). */
function singles(stream: Stream, p: number): number {
  let n = 0;
  while (p + n < stream.numbers.length && stream.breakAfter[p + n]) n++;
  return n;
}

/**
 * Whether `len` numbers from `p` can be one block `w` wide read row by row: the text breaks inside
 * it only at the end of a row (or after every number), and after its last number.
 */
function fits(stream: Stream, p: number, len: number, w: number): boolean {
  if (p + len > stream.numbers.length || !stream.breakAfter[p + len - 1]) return false;
  if (singles(stream, p) >= len) return true; // one number a line, row by row
  for (let i = 0; i < len - 1; i++) if (stream.breakAfter[p + i] && (i + 1) % w !== 0) return false;
  return true;
}

/**
 * Every way to read a stream of rows × cols numbers as bands of blocks, each block ending where
 * the text breaks; a run of lone numbers is read row by row. At most MAX_READINGS of them.
 */
export function bandReadings(stream: Stream, rows: number, cols: number): BandReading[] {
  if (stream.numbers.length !== rows * cols || rows === 0) return [];
  const out: BandReading[] = [];
  const cells: [number, number][] = [];
  let blocks = 0;
  const block = (r0: number, h: number, c0: number, w: number) => {
    blocks++;
    for (let k = 0; k < h * w; k++) cells.push([r0 + Math.floor(k / w), c0 + (k % w)]);
  };
  const visit = (p: number, r0: number, h: number, c: number) => {
    if (out.length >= MAX_READINGS) return;
    if (p === stream.numbers.length) {
      if (r0 + h === rows && (c === cols || h === 0)) out.push({ cells: [...cells], blocks });
      return;
    }
    const mark = cells.length;
    const marked = blocks;
    const undo = () => {
      cells.length = mark;
      blocks = marked;
    };
    if (h === 0 || c === cols) {
      // A new band of rows from r0 + h; lone numbers are read row by row.
      const start = r0 + h;
      const lone = singles(stream, p);
      if (start >= rows) return;
      if (lone >= cols) {
        const height = Math.min(rows - start, Math.floor(lone / cols));
        block(start, height, 0, cols);
        visit(p + height * cols, start, height, cols);
        undo();
        return;
      }
      for (let hh = 1; start + hh <= rows; hh++) {
        for (let w = 1; w <= cols; w++) {
          if (!fits(stream, p, hh * w, w)) continue;
          block(start, hh, 0, w);
          visit(p + hh * w, start, hh, w);
          undo();
        }
      }
      return;
    }
    // The band's next block of columns; lone numbers fill the band's other columns row by row.
    const lone = singles(stream, p);
    const rest = cols - c;
    for (let w = lone >= h * rest ? rest : 1; w <= rest; w++) {
      if (!fits(stream, p, h * w, w)) continue;
      block(r0, h, c, w);
      visit(p + h * w, r0, h, c + w);
      undo();
    }
  };
  visit(0, 0, 0, cols);
  return out;
}
