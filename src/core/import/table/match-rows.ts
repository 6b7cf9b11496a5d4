/**
 * Reading a table by its row labels: find each row's label, then give it the number cells that
 * follow. Where the labels come first and the numbers after them (PDF text in column order), the
 * rows take the numbers top to bottom, one line each when the lines say so.
 */
import { locate, segmentsOf, type Match, type NumberToken, type TextToken } from './locate-labels';
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

/** Hands number cells to rows, each row at most one number per cell. */
class RowFiller {
  readonly cells = new Map<string, NumberToken>();
  readonly got = new Map<number, number>();
  constructor(private readonly specs: readonly RowSpec[]) {}

  capacity(row: number): number {
    return this.specs[row]?.cells.length ?? 0;
  }

  /** Give the row the numbers it has room for; returns the rest. */
  take(row: number, numbers: readonly NumberToken[]): NumberToken[] {
    const spec = this.specs[row];
    const rest = [...numbers];
    if (!spec) return rest;
    for (let i = this.got.get(row) ?? 0; i < spec.cells.length && rest.length > 0; i++) {
      const cell = spec.cells[i];
      const n = rest.shift();
      if (!cell || !n) break;
      this.cells.set(cell.id, n);
      this.got.set(row, i + 1);
      // A merged number cell copied into every column it spans (PDF-to-markdown tools do that).
      for (let k = 1; k < cell.colSpan && rest[0]?.raw === n.raw && rest[0].line === n.line; k++)
        rest.shift();
    }
    return rest;
  }

  /** Give the rows waiting (in table order) the numbers after them; returns what is left over. */
  distribute(waiting: readonly number[], numbers: readonly NumberToken[]): NumberToken[] {
    const last = waiting[waiting.length - 1] ?? 0;
    if (waiting.length === 1) return this.take(last, numbers);
    const groups = byLine(numbers);
    if (
      groups.length === waiting.length &&
      groups.every((g, i) => g.length <= this.capacity(waiting[i] ?? 0))
    ) {
      groups.forEach((g, i) => this.take(waiting[i] ?? 0, g));
      return [];
    }
    const total = waiting.reduce((sum, row) => sum + this.capacity(row), 0);
    if (numbers.length < total) {
      // Row order with the earlier rows left blank: the numbers belong to the last label.
      return this.take(last, numbers);
    }
    let offset = 0;
    for (const row of waiting) {
      this.take(row, numbers.slice(offset, offset + this.capacity(row)));
      offset += this.capacity(row);
    }
    return numbers.slice(offset);
  }
}

/** Match rows to labels and numbers in a table region's tokens. */
export function readRows(specs: readonly RowSpec[], tokens: readonly Token[]): RowsRead {
  const segments = segmentsOf(tokens);
  const found = locate(specs, segments);
  const filler = new RowFiller(specs);
  const leftover: NumberToken[] = [];
  let waiting: number[] = [];
  let lastRow: number | undefined;
  segments.forEach((segment, s) => {
    const here = found.filter((m): m is Match => m?.seg === s).map((m) => m.row);
    // Numbers run top to bottom, so rows waiting for them take them in table order.
    waiting = [...waiting, ...here].sort((a, b) => a - b);
    if (segment.numbers.length === 0) return;
    if (waiting.length === 0) {
      // Numbers with no label of their own continue the row before when it has room.
      leftover.push(
        ...(lastRow === undefined ? segment.numbers : filler.take(lastRow, segment.numbers)),
      );
      return;
    }
    leftover.push(...filler.distribute(waiting, segment.numbers));
    lastRow = waiting[waiting.length - 1];
    waiting = [];
  });

  const matchedSegments = new Set(found.flatMap((m) => (m ? [m.seg] : [])));
  return {
    cells: filler.cells,
    missing: specs.filter((_, i) => found[i] === undefined),
    short: specs.flatMap((spec, i) => {
      const n = filler.got.get(i) ?? 0;
      return found[i] !== undefined && n < spec.cells.length ? [{ spec, got: n }] : [];
    }),
    leftover,
    strayWords: segments.flatMap((seg, s) => (matchedSegments.has(s) ? [] : seg.words)),
  };
}
