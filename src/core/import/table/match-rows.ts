/**
 * Reading a table by its row labels: find each row's label, then give it the number cells that
 * follow. Where the labels come first and the numbers after them (PDF text in column order), the
 * rows take the numbers top to bottom, one line each when the lines say so.
 */
import { bandReadings, streamOf } from './bands';
import {
  locate,
  segmentsOf,
  type Match,
  type NumberToken,
  type Segment,
  type TextToken,
} from './locate-labels';
import type { RowSpec } from './row-specs';
import type { Token } from './tokens';

/** What reading a table's rows found, and what it could not place. */
export interface RowsRead {
  /** Cell id → the number cell read for it. */
  readonly cells: ReadonlyMap<string, NumberToken>;
  /** Rows whose label was not found. */
  readonly missing: readonly RowSpec[];
  /** Rows found with fewer numbers than cells (the rest left blank); `got` 0 = no numbers at all. */
  readonly short: readonly { readonly spec: RowSpec; readonly got: number }[];
  /** Number cells no row could take. */
  readonly leftover: readonly NumberToken[];
  /** Row index → the number cells it took, in order. */
  readonly taken: ReadonlyMap<number, readonly NumberToken[]>;
  /** Rows whose grid line was complete (more cells than the row needs). */
  readonly complete: ReadonlySet<number>;
  /** Rows whose numbers were printed without a label, placed by table order (how, for the note). */
  readonly unlabelled: ReadonlySet<number>;
  /** Text words that were not part of any label found. */
  readonly strayWords: readonly TextToken[];
}

/** Split the numbers into consecutive groups by source line. */
function byLine(numbers: readonly NumberToken[]): NumberToken[][] {
  const groups: NumberToken[][] = [];
  for (const n of numbers) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.line === n.line) last.push(n);
    else groups.push([n]);
  }
  return groups;
}

/** Two numbers this close (in character columns) on different lines stand in one column. */
const SAME_COLUMN = 2.5;

/**
 * Laid-out numbers of a new line that stand in a column the row already took a number in from
 * another line: the line is no continuation of the row.
 */
function columnsClash(
  taken: readonly NumberToken[] | undefined,
  numbers: readonly NumberToken[],
): boolean {
  if (!taken || taken.length === 0) return false;
  const line = numbers[0]?.line;
  return numbers.some(
    (n) =>
      n.x !== undefined &&
      taken.some(
        (t) => t.x !== undefined && t.line !== line && Math.abs(t.x - (n.x ?? 0)) < SAME_COLUMN,
      ),
  );
}

/** Hands number cells to rows, each row at most one number per cell. */
class RowFiller {
  readonly cells = new Map<string, NumberToken>();
  readonly got = new Map<number, number>();
  /** The number cells each row took, in order (a merged cell's copies not repeated). */
  readonly taken = new Map<number, NumberToken[]>();
  /** Rows whose grid line had more cells than the row: the line was complete, its positions hold. */
  readonly complete = new Set<number>();
  constructor(private readonly specs: readonly RowSpec[]) {}

  capacity(row: number): number {
    return this.specs[row]?.cells.length ?? 0;
  }

  /** Forget what the row took. */
  reset(row: number): void {
    for (const cell of this.specs[row]?.cells ?? []) this.cells.delete(cell.id);
    this.got.delete(row);
    this.taken.delete(row);
    this.complete.delete(row);
  }

  /** Columns the row still has room for (a merged number cell counts each column it spans). */
  room(row: number): number {
    const spec = this.specs[row];
    const from = this.got.get(row) ?? 0;
    return (spec?.cells ?? []).slice(from).reduce((sum, c) => sum + c.colSpan, 0);
  }

  /** Give the row the numbers it has room for; returns the rest. */
  take(row: number, numbers: readonly NumberToken[]): NumberToken[] {
    const spec = this.specs[row];
    let rest = [...numbers];
    if (!spec) return rest;
    // A label on a grid line of its own, its numbers on the next (a converter's broken row): the
    // label's line of empty cells is no data when numbers follow.
    for (;;) {
      const first = rest[0]?.line;
      const own = rest.filter((n) => n.line === first);
      if (own.length === rest.length || !own.every((n) => n.raw === '' && n.grid)) break;
      rest = rest.filter((n) => n.line !== first);
    }
    // A grid row's empty cells right after its label are the label's own merged columns: the
    // number cells are the row's last ones, so drop empty cells in front until the rest fits.
    const line = rest[0]?.line;
    const onLine = rest.filter((n) => n.line === line).length;
    for (let extra = onLine - this.room(row); extra > 0 && rest[0]?.raw === ''; extra--) {
      rest.shift();
      this.complete.add(row);
    }
    for (let i = this.got.get(row) ?? 0; i < spec.cells.length && rest.length > 0; i++) {
      const cell = spec.cells[i];
      const n = rest.shift();
      if (!cell || !n) break;
      this.cells.set(cell.id, n);
      this.got.set(row, i + 1);
      this.taken.set(row, [...(this.taken.get(row) ?? []), n]);
      // A merged number cell copied into every column it spans (PDF-to-markdown tools do that),
      // or followed by the empty cells it spans in a grid.
      for (
        let k = 1;
        k < cell.colSpan &&
        rest[0]?.line === n.line &&
        (rest[0].raw === n.raw || rest[0].raw === '');
        k++
      )
        rest.shift();
    }
    return rest;
  }

  /** Give the rows waiting (in table order) the numbers after them; returns what is left over. */
  distribute(waiting: readonly number[], numbers: readonly NumberToken[]): NumberToken[] {
    const last = waiting[waiting.length - 1] ?? 0;
    if (waiting.length === 1) return this.take(last, numbers);
    const groups = byLine(numbers);
    // A line's numbers from its first printed one (empty cells before it may be label columns).
    const filled = (g: readonly NumberToken[]) => {
      const first = g.findIndex((n) => n.raw !== '');
      return first < 0 ? 0 : g.length - first;
    };
    if (
      groups.length === waiting.length &&
      groups.every((g, i) => filled(g) === this.room(waiting[i] ?? 0))
    ) {
      groups.forEach((g, i) => this.take(waiting[i] ?? 0, g));
      return [];
    }
    const total = waiting.reduce((sum, row) => sum + this.capacity(row), 0);
    if (numbers.length < total) {
      // Row order with the earlier rows left blank: the numbers belong to the last (nearest)
      // label — when they fit in it. More than one row's worth but fewer than all: which rows
      // printed which is not known (blank cells dropped), so none is given them.
      const grid = numbers.every((n) => n.grid);
      return grid || numbers.length <= this.room(last) ? this.take(last, numbers) : [...numbers];
    }
    let offset = 0;
    for (const row of waiting) {
      this.take(row, numbers.slice(offset, offset + this.capacity(row)));
      offset += this.capacity(row);
    }
    return numbers.slice(offset);
  }
}

/**
 * The next row after `after` (in template order) whose label was not found and that has no numbers
 * yet, if it lies before the next row whose label was found: label-less numbers belong there.
 */
function nextMissing(
  specs: readonly RowSpec[],
  found: readonly (Match | undefined)[],
  filler: RowFiller,
  after: number | undefined,
): number | undefined {
  for (let i = (after ?? -1) + 1; i < specs.length; i++) {
    if (found[i] !== undefined) return undefined;
    if (!filler.taken.has(i)) return i;
  }
  return undefined;
}

/**
 * Rows waiting together whose numbers follow in several blocks (PDF text block by block: two
 * columns of both rows, then the third column): when the blocks up to the next label hold exactly
 * the rows' numbers and the text's breaks allow only one reading, the numbers by row. Without
 * equations to check, only a reading that is the only one is taken.
 */
function waitingBand(
  filler: RowFiller,
  segments: readonly Segment[],
  s: number,
  waiting: readonly number[],
  labelled: ReadonlySet<number>,
): { rows: NumberToken[][]; until: number } | undefined {
  const n = filler.capacity(waiting[0] ?? 0);
  const k = waiting.length;
  if (k < 2 || waiting.some((r) => filler.capacity(r) !== n || filler.room(r) !== n)) return;
  const tokens: Token[] = [];
  let total = 0;
  let j = s;
  for (; j < segments.length && total < k * n; j++) {
    if (j > s && labelled.has(j)) return;
    const seg = segments[j];
    if (!seg || seg.numbers.some((t) => t.raw === '')) return;
    tokens.push(...seg.words, ...seg.numbers);
    total += seg.numbers.length;
  }
  if (total !== k * n || j === s + 1) return;
  const stream = streamOf(tokens);
  const readings = bandReadings(stream, k, n);
  const only = readings[0];
  if (readings.length !== 1 || !only) return;
  const rows: NumberToken[][] = waiting.map(() => []);
  const order = only.cells.map(([r, c], i) => ({ r, c, t: stream.numbers[i] }));
  order.sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r, t } of order) if (t) rows[r]?.push(t);
  return { rows, until: j - 1 };
}

/**
 * Numbers set in the middle of a label wrapped over many lines in a narrow column (laid-out PDF
 * text): the label's start came before them, unrecognised (cut by the numbers, or interleaved
 * with a merged label beside it), and its end follows them. The row is the one whose label's end
 * starts the text right after the numbers — the next row found there when the text before its
 * match is the rest of its own label, or else the one row still missing whose label ends with
 * that text. None when the text does not say (the caller places them as before).
 */
function labelAround(
  specs: readonly RowSpec[],
  found: readonly (Match | undefined)[],
  segments: readonly Segment[],
  s: number,
  lastRow: number | undefined,
  filler: RowFiller,
): number | undefined {
  const after = segments[s + 1]?.text ?? '';
  const from = (lastRow ?? -1) + 1;
  let next = from;
  while (next < specs.length && found[next] === undefined) next++;
  const match = found[next];
  const candidates: number[] = [];
  for (let i = from; i < next; i++) if (!filler.taken.has(i)) candidates.push(i);
  if (match?.seg === s + 1 && !filler.taken.has(next)) {
    const head = after.slice(0, match.offset);
    const key = specs[next]?.key ?? '';
    const matched = after.slice(match.offset, match.end);
    // The match is a part inside the label, and the text before it is the label's own.
    const at = key.indexOf(matched);
    if (at >= MIN_TAIL && key.slice(0, at).endsWith(head)) return next;
  }
  // The text before the first label found after the numbers: the end of one label.
  const firstMatch = Math.min(
    after.length,
    ...found.flatMap((m) => (m?.seg === s + 1 ? [m.offset] : [])),
  );
  const tail = after.slice(0, firstMatch);
  if (tail.length < MIN_TAIL) return undefined;
  const owners = candidates.filter((i) => specs[i]?.key.endsWith(tail));
  return owners.length === 1 ? owners[0] : undefined;
}

/** The fewest characters of a label's end that name its row. */
const MIN_TAIL = 3;

/** Match rows to labels and numbers in a table region's tokens. */
export function readRows(specs: readonly RowSpec[], tokens: readonly Token[]): RowsRead {
  const segments = segmentsOf(tokens);
  const found = locate(specs, segments);
  const filler = new RowFiller(specs);
  const leftover: NumberToken[] = [];
  const unlabelled = new Set<number>();
  let waiting: number[] = [];
  let lastRow: number | undefined;
  let skipTo = -1;
  /** Rows that took their numbers before their label's end (a label wrapped in a narrow column). */
  const early = new Set<number>();
  const labelled = new Set(found.flatMap((m) => (m ? [m.seg] : [])));
  /** Full lines of numbers no label claims go to the rows still missing, in table order. */
  const placeUnlabelled = (numbers: readonly NumberToken[], laidOut = false) => {
    for (const group of byLine(numbers)) {
      const row = nextMissing(specs, found, filler, lastRow);
      // (A short line goes there only when its columns say which cells it printed.)
      const fits = laidOut
        ? group.length <= filler.capacity(row ?? -1)
        : group.length === filler.capacity(row ?? -1);
      if (row !== undefined && fits) {
        filler.take(row, group);
        unlabelled.add(row);
        lastRow = row;
      } else leftover.push(...group);
    }
  };
  segments.forEach((segment, s) => {
    if (s <= skipTo) return;
    const here = found
      .filter((m): m is Match => m?.seg === s && !early.has(m.row))
      .map((m) => m.row);
    // Numbers run top to bottom, so rows waiting for them take them in table order.
    waiting = [...waiting, ...here].sort((a, b) => a - b);
    if (segment.numbers.length === 0) return;
    if (waiting.length === 0 && segment.numbers.every((n) => n.raw === '')) {
      // The empty cells of a header or caption row in a grid: nothing to place.
      return;
    }
    if (waiting.length === 0) {
      // Numbers with no label of their own continue the row before when it has room; a full
      // row's worth goes to the next row still missing before the next label found.
      // A label broken over two grid lines: the first line's empty cells were no data.
      if (lastRow !== undefined && filler.taken.get(lastRow)?.every((n) => n.raw === ''))
        filler.reset(lastRow);
      // Laid-out text: numbers standing in columns the row before already filled (from another
      // line) are another row's — one whose label was not recognised (wrapped in a narrow column).
      const clash =
        lastRow !== undefined && columnsClash(filler.taken.get(lastRow), segment.numbers);
      const rest =
        lastRow === undefined || clash
          ? [...segment.numbers]
          : filler.take(lastRow, segment.numbers);
      // (Set at the middle of a label wrapped over many lines, they may come before the label's
      // end: the next row, its label found further on, takes them.)
      const next = (lastRow ?? -1) + 1;
      const match = found[next];
      const around = clash ? labelAround(specs, found, segments, s, lastRow, filler) : undefined;
      if (around !== undefined && found[around] === undefined) {
        leftover.push(...filler.take(around, rest));
        unlabelled.add(around);
        lastRow = around;
        return;
      }
      if (around !== undefined) {
        leftover.push(...filler.take(around, rest));
        early.add(around);
        lastRow = around;
        return;
      }
      if (clash && match && match.seg > s && !filler.taken.has(next)) {
        const over = filler.take(next, rest);
        early.add(next);
        lastRow = next;
        leftover.push(...over);
        return;
      }
      placeUnlabelled(rest, clash);
      return;
    }
    const band = waitingBand(filler, segments, s, waiting, labelled);
    let rest: NumberToken[] = [];
    if (band) {
      band.rows.forEach((numbers, i) => filler.take(waiting[i] ?? 0, numbers));
      skipTo = band.until;
    } else rest = filler.distribute(waiting, segment.numbers);
    lastRow = waiting[waiting.length - 1];
    waiting = [];
    placeUnlabelled(rest);
  });

  const matchedSegments = new Set(found.flatMap((m) => (m ? [m.seg] : [])));
  return {
    cells: filler.cells,
    missing: specs.filter((_, i) => found[i] === undefined),
    short: specs.flatMap((spec, i) => {
      const n = filler.got.get(i) ?? 0;
      return found[i] !== undefined && n < spec.cells.length ? [{ spec, got: n }] : [];
    }),
    // An empty grid cell no row took tells nothing (a header's or caption's merged columns).
    leftover: leftover.filter((n) => n.raw !== ''),
    taken: filler.taken,
    complete: filler.complete,
    unlabelled,
    strayWords: segments.flatMap((seg, s) => (matchedSegments.has(s) ? [] : seg.words)),
  };
}
