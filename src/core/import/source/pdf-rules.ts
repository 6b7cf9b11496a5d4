/**
 * A PDF table's ruling lines (the cell borders an office tool draws) make its grid: the lines give
 * the rows and columns, a border missing between two grid cells merges them, and each text piece
 * belongs to the cell its middle falls in. A table read this way is a grid like a web page's or a
 * Word file's: a label wrapped over five lines in a narrow column is one cell, the numbers of a tall
 * row belong to it wherever they stand in the cell, and a number a narrow column wrapped ("1" over
 * "5") is one cell's text. Tables without borders are left to the line reader (pdf-lines.ts).
 */
import { isPageNumber } from '../normalize';
import type { SpanCell } from './grid';

/** An axis-aligned line drawn on a page, in PDF units (y grows upwards). */
export interface RuleSegment {
  readonly page: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A positioned text piece (pdf-lines' TextPiece). */
export interface GridPiece {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size, roughly the height of a character. */
  readonly size: number;
}

/** A table found on a page: its box, its rows of cells with spans, and the pieces it holds. */
export interface RuledTable<P extends GridPiece = GridPiece> {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  readonly rows: SpanCell[][];
  readonly pieces: readonly P[];
}

/** Lines closer than this (PDF units) are one line: double borders, rounding. */
const SNAP = 1.6;
/** Thinner than this, a filled rectangle is a line (Word draws borders as thin filled boxes). */
const THIN = 2.5;

interface Line {
  /** The fixed coordinate (y of a horizontal line, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

/** Horizontal and vertical lines of one page, collinear pieces joined. */
function linesOf(segments: readonly RuleSegment[]): { h: Line[]; v: Line[] } {
  const h: Line[] = [];
  const v: Line[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) <= 0.5 && Math.abs(s.x1 - s.x2) > SNAP)
      h.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (Math.abs(s.x1 - s.x2) <= 0.5 && Math.abs(s.y1 - s.y2) > SNAP)
      v.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return { h: join(h), v: join(v) };
}

function join(lines: Line[]): Line[] {
  // Lines at (nearly) the same coordinate, then each run of touching pieces as one line.
  const byAt: Line[][] = [];
  for (const l of [...lines].sort((a, b) => a.at - b.at)) {
    const last = byAt[byAt.length - 1];
    if (last && Math.abs((last[0]?.at ?? l.at) - l.at) <= 0.5) last.push(l);
    else byAt.push([l]);
  }
  const out: Line[] = [];
  for (const same of byAt) {
    const at = same.reduce((s, l) => s + l.at, 0) / same.length;
    let run: Line | undefined;
    for (const l of same.sort((a, b) => a.from - b.from)) {
      if (run && l.from <= run.to + SNAP) run.to = Math.max(run.to, l.to);
      else {
        run = { at, from: l.from, to: l.to };
        out.push(run);
      }
    }
  }
  return out;
}

/** A coordinate of the grid: the lines within SNAP of each other, their mean and their range. */
interface Coordinate {
  readonly at: number;
  readonly min: number;
  readonly max: number;
}

/** Coordinates within SNAP of each other, as one, sorted ascending. */
function cluster(values: readonly number[]): Coordinate[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - (last[last.length - 1] ?? v) <= SNAP) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => ({
    at: g.reduce((a, b) => a + b, 0) / g.length,
    min: g[0] ?? 0,
    max: g[g.length - 1] ?? 0,
  }));
}

/** Groups of lines that touch one another: each group is one table. */
function groups(h: readonly Line[], v: readonly Line[]): { h: Line[]; v: Line[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      const touches =
        b.at >= a.from - SNAP &&
        b.at <= a.to + SNAP &&
        a.at >= b.from - SNAP &&
        a.at <= b.to + SNAP;
      if (touches) parent[find(i)] = find(h.length + j);
    });
  });
  const out = new Map<number, { h: Line[]; v: Line[] }>();
  h.forEach((l, i) => {
    const g = out.get(find(i)) ?? { h: [], v: [] };
    g.h.push(l);
    out.set(find(i), g);
  });
  v.forEach((l, j) => {
    const g = out.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(l);
    out.set(find(h.length + j), g);
  });
  return [...out.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Whether one of the lines at a grid coordinate covers the span [from, to] (its middle part). */
function covered(lines: readonly Line[], at: Coordinate, from: number, to: number): boolean {
  const margin = Math.min(SNAP, (to - from) / 4);
  return lines.some(
    (l) =>
      l.at >= at.min - 0.5 &&
      l.at <= at.max + 0.5 &&
      l.from <= from + margin &&
      l.to >= to - margin,
  );
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;

/** A character's width in ems: Chinese and full-width forms 1, a space ¼, the rest ½. */
function ems(ch: string): number {
  if (CJK.test(ch)) return 1;
  return /\s/.test(ch) ? 0.25 : 0.5;
}

/**
 * A piece's words, each with the part of the piece's width its characters take (a piece with no
 * space is one word).
 */
function words<P extends GridPiece>(p: P): P[] {
  const parts = [...p.text.matchAll(/\S+/g)];
  if (parts.length <= 1) return [p];
  const width = (text: string) => Array.from(text).reduce((s, ch) => s + ems(ch), 0);
  const total = width(p.text);
  if (total <= 0) return [p];
  const scale = p.width / total;
  const out: P[] = [];
  for (const m of parts) {
    const before = width(p.text.slice(0, m.index));
    const own = width(m[0]);
    out.push({ ...p, text: m[0], x: p.x + before * scale, width: own * scale });
  }
  return out;
}

/** A cell's text: its pieces line by line, top to bottom; wrapped lines join without a space. */
function cellText(pieces: readonly GridPiece[]): string {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: GridPiece[][] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    const first = last?.[0];
    if (first && Math.abs(first.y - p.y) <= Math.max(1, Math.min(first.size, p.size) * 0.4))
      last.push(p);
    else lines.push([p]);
  }
  let text = '';
  for (const line of lines) {
    let part = '';
    let end: number | undefined;
    for (const p of [...line].sort((a, b) => a.x - b.x)) {
      const gap = end === undefined ? 0 : p.x - end;
      const cjk = CJK.test(part.slice(-1)) || CJK.test(p.text.charAt(0));
      part += gap > p.size * (cjk ? 0.5 : 0.2) && part !== '' ? ` ${p.text}` : p.text;
      end = Math.max(end ?? 0, p.x + p.width);
    }
    part = part.trim();
    // A cell's lines are one text broken by the cell's width: digits and Chinese join as they are.
    const glue = /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(part) ? ' ' : '';
    text += text === '' ? part : glue + part;
  }
  return text;
}

/** The grid of one group of lines, with the pieces inside it. */
function tableOf<P extends GridPiece>(
  page: number,
  g: { h: Line[]; v: Line[] },
  pieces: readonly P[],
  columns: readonly number[],
): RuledTable<P> | undefined {
  const xc = cluster(columns);
  const yc = cluster(g.h.map((l) => l.at)).reverse(); // top first
  const xs = xc.map((c) => c.at);
  const ys = yc.map((c) => c.at);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return undefined;
  const left = xs[0] ?? 0;
  const right = xs[cols] ?? 0;
  const top = ys[0] ?? 0;
  const bottom = ys[rows] ?? 0;
  // Union of grid cells not parted by a border.
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    const yTop = ys[r] ?? 0;
    const yBottom = ys[r + 1] ?? 0;
    for (let c = 0; c < cols; c++) {
      const xLeft = xs[c] ?? 0;
      const xRight = xs[c + 1] ?? 0;
      const xLine = xc[c + 1];
      const yLine = yc[r + 1];
      if (xLine && c + 1 < cols && !covered(g.v, xLine, yBottom, yTop))
        parent[find(id(r, c + 1))] = find(id(r, c));
      if (yLine && r + 1 < rows && !covered(g.h, yLine, xLeft, xRight))
        parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number; pieces: P[] }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const box = boxes.get(root) ?? { r0: r, r1: r, c0: c, c1: c, pieces: [] };
      box.r0 = Math.min(box.r0, r);
      box.r1 = Math.max(box.r1, r);
      box.c0 = Math.min(box.c0, c);
      box.c1 = Math.max(box.c1, c);
      boxes.set(root, box);
    }
  const inside: P[] = [];
  for (const p of pieces) {
    const y = p.y + p.size * 0.35;
    const x0 = p.x + p.width / 2;
    if (x0 < left || x0 > right || y > top || y < bottom) continue;
    const r = ys.findIndex((v, i) => i < rows && y <= v && y >= (ys[i + 1] ?? v));
    if (r < 0) continue;
    inside.push(p);
    // A piece the PDF writer ran over several cells ("本年制发件数 本年废止件数 …" in one
    // string) goes word by word to the cells its words stand in.
    for (const word of words(p)) {
      const x = word.x + word.width / 2;
      const c = xs.findIndex((v, i) => i < cols && x >= v && x <= (xs[i + 1] ?? v));
      if (c >= 0) boxes.get(find(id(r, c)))?.pieces.push(word);
    }
  }
  const grid: SpanCell[][] = Array.from({ length: rows }, () => []);
  for (const box of [...boxes.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
    grid[box.r0]?.push({
      text: cellText(box.pieces),
      colSpan: box.c1 - box.c0 + 1,
      rowSpan: box.r1 - box.r0 + 1,
    });
  }
  return { page, top, bottom, rows: grid, pieces: inside };
}

/** A group of lines on a page: one table, or one page's part of it. */
interface Part {
  readonly page: number;
  readonly g: { h: Line[]; v: Line[] };
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Its column lines (x), clustered. */
  readonly xs: readonly number[];
}

/**
 * A group of lines cut where no inner column line goes on from one row to the next: two small
 * tables that touch (表二 printed as one table per item) are two tables, each with its own
 * columns, and a full-width row (a 第二十条 caption) stands alone.
 */
function bands(g: { h: Line[]; v: Line[] }): { h: Line[]; v: Line[] }[] {
  const xs = g.v.map((l) => l.at);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const inner = g.v.filter((l) => l.at > left + SNAP && l.at < right - SNAP);
  const ys = cluster(g.h.map((l) => l.at)).map((c) => c.at);
  // The inner column lines of each row (between two row lines).
  const rowLines = ys.slice(0, -1).map((lo, k) => {
    const hi = ys[k + 1] ?? lo;
    const mid = (lo + hi) / 2;
    return inner.filter((l) => l.from < mid && l.to > mid).map((l) => l.at);
  });
  const within = (small: readonly number[], large: readonly number[]) =>
    small.every((x) => large.some((y) => Math.abs(x - y) <= SNAP));
  const cuts = ys.slice(1, -1).filter((y, k) => {
    if (!inner.some((l) => l.from < y - SNAP && l.to > y + SNAP)) return true;
    // Two tables whose first column lines meet but whose other columns differ: the rows above
    // draw a line the rows below do not, and the other way round (a merged cell only drops lines).
    const above = rowLines[k] ?? [];
    const below = rowLines[k + 1] ?? [];
    return !within(above, below) && !within(below, above);
  });
  if (cuts.length === 0) return [g];
  const edges = [Math.min(...ys), ...cuts, Math.max(...ys)];
  const out: { h: Line[]; v: Line[] }[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const lo = edges[k] ?? 0;
    const hi = edges[k + 1] ?? 0;
    const h = g.h.filter((l) => l.at >= lo - SNAP && l.at <= hi + SNAP);
    const v = g.v.flatMap((l) =>
      l.to > lo + SNAP && l.from < hi - SNAP
        ? [{ at: l.at, from: Math.max(l.from, lo), to: Math.min(l.to, hi) }]
        : [],
    );
    if (h.length >= 2 && v.length >= 2) out.push({ h, v });
  }
  return out;
}

/**
 * A table's side that draws no line where its row lines end: a page printed wider than the paper
 * (a web page's fixed-width table cut off at the right margin by Chromium's print) keeps the row
 * lines but loses the last column's outer border. Where most row lines run on past the outermost
 * column line, a line at their common end closes the table, so the last column is a column.
 */
function closeSides(g: { h: Line[]; v: Line[] }): { h: Line[]; v: Line[] } {
  if (g.h.length < 3 || g.v.length < 2) return g;
  const xs = g.v.map((l) => l.at);
  const top = Math.max(...g.h.map((l) => l.at));
  const bottom = Math.min(...g.h.map((l) => l.at));
  const added: Line[] = [];
  const side = (end: (l: Line) => number, beyond: (x: number) => boolean) => {
    const past = g.h.filter((l) => beyond(end(l)));
    if (past.length * 2 < g.h.length) return;
    const at = median(past.map(end));
    if (past.filter((l) => Math.abs(end(l) - at) <= SNAP).length * 2 >= g.h.length)
      added.push({ at, from: bottom, to: top });
  };
  const right = Math.max(...xs);
  const left = Math.min(...xs);
  side(
    (l) => l.to,
    (x) => x > right + 6,
  );
  side(
    (l) => l.from,
    (x) => x < left - 6,
  );
  return added.length > 0 ? { h: g.h, v: [...g.v, ...added] } : g;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Whether the column lines of one part are all among the other's (one page lacks a line). */
function compatible(a: readonly number[], b: readonly number[]): boolean {
  const within = (small: readonly number[], large: readonly number[]) =>
    small.every((x) => large.some((y) => Math.abs(x - y) <= SNAP));
  return within(a, b) || within(b, a);
}

/**
 * The ruled tables of a document's pages (a table needs two lines each way, and text inside). A
 * table that runs over a page break is cut into parts, and a part may lack a column line that only
 * rows on another page draw (the line between （三）不予公开 and its items): the part that ends a
 * page and the one that starts the next go on as one table when their edges and column lines
 * agree, and share their column lines, so that every part has the whole table's columns, as a web
 * page's or a Word file's table does.
 */
export function ruledTables<P extends GridPiece>(
  pieces: readonly P[],
  segments: readonly RuleSegment[],
): RuledTable<P>[] {
  const pages = [...new Set(segments.map((s) => s.page))].sort((a, b) => a - b);
  const parts: Part[] = pages.flatMap((page) => {
    const { h, v } = linesOf(segments.filter((s) => s.page === page));
    return groups(h, v)
      .map(closeSides)
      .flatMap(bands)
      .map((g) => {
        const xs = cluster(g.v.map((l) => l.at)).map((c) => c.at);
        const ys = g.h.map((l) => l.at);
        return {
          page,
          g,
          xs,
          left: Math.min(...xs),
          right: Math.max(...xs),
          top: Math.max(...ys),
          bottom: Math.min(...ys),
        };
      });
  });
  const first = (page: number, better: (a: Part, b: Part) => boolean) =>
    parts.reduce<number>((best, q, j) => {
      const b = parts[best];
      return q.page === page && (!b || better(q, b)) ? j : best;
    }, -1);
  // Only a table that ends the page's text and one that starts the next page's go on: text
  // after the one or before the other (a heading) means two tables (page numbers aside).
  const text = pieces.filter((p) => p.text.trim() !== '' && !isPageNumber(p.text));
  const below = (part: Part) => text.some((p) => p.page === part.page && p.y < part.bottom - 2);
  const above = (part: Part) => text.some((p) => p.page === part.page && p.y > part.top + 2);
  const goesOn = (a: Part, b: Part) =>
    Math.abs(a.left - b.left) <= SNAP * 2 &&
    Math.abs(a.right - b.right) <= SNAP * 2 &&
    compatible(a.xs, b.xs) &&
    !below(a) &&
    !above(b);
  const chain = parts.map((_, i) => i);
  for (const page of pages) {
    const last = first(page, (a, b) => a.bottom < b.bottom);
    const next = first(page + 1, (a, b) => a.top > b.top);
    const a = parts[last];
    const b = parts[next];
    if (a && b && goesOn(a, b)) chain[next] = chain[last] ?? last;
  }
  return parts.flatMap((part, i) => {
    const columns = parts.flatMap((q, j) => (chain[j] === chain[i] ? q.g.v.map((l) => l.at) : []));
    const own = pieces.filter((p) => p.page === part.page);
    const table = tableOf(part.page, part.g, own, columns);
    return table && table.pieces.length > 0 ? [table] : [];
  });
}

/** 2×3 affine matrices as PDF writes them ([a b c d e f]). */
export type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The operator numbers of pdfjs's OPS this module reads. */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  /** The painting operators that stroke a path (its segments are lines). */
  readonly stroking: ReadonlySet<number>;
  /** Those that fill it (a thin filled box is a line; a larger one is shading, no line). */
  readonly filling: ReadonlySet<number>;
}

/** pdfjs's path codes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** The subpaths of a pdfjs path: its points, each subpath a list. */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < path.length;) {
    const op = path[i];
    if (op === MOVE) {
      if (current.length > 0) out.push(current);
      current = [[path[i + 1] ?? 0, path[i + 2] ?? 0]];
      i += 3;
    } else if (op === LINE) {
      current.push([path[i + 1] ?? 0, path[i + 2] ?? 0]);
      i += 3;
    } else if (op === CURVE) {
      current.push([path[i + 5] ?? 0, path[i + 6] ?? 0]);
      i += 7;
    } else if (op === QUAD) {
      current.push([path[i + 3] ?? 0, path[i + 4] ?? 0]);
      i += 5;
    } else if (op === CLOSE) {
      const first = current[0];
      if (first) current.push(first);
      i += 1;
    } else break;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The lines one painted path draws, under `ctm`, added to `out`. */
function paintedSegments(
  page: number,
  op: number,
  path: ArrayLike<number>,
  ctm: Matrix,
  ops: PathOps,
  out: RuleSegment[],
): void {
  if (!ops.stroking.has(op) && !ops.filling.has(op)) return;
  for (const points of subpaths(path)) {
    const at = points.map(([x, y]) => apply(ctm, x, y));
    const xs = at.map((p) => p[0]);
    const ys = at.map((p) => p[1]);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    if (ops.filling.has(op) && (w <= THIN || h <= THIN)) {
      // A thin filled box: a line along its long side, through its middle.
      const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
      const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
      if (w <= THIN && h > THIN)
        out.push({ page, x1: cx, y1: Math.min(...ys), x2: cx, y2: Math.max(...ys) });
      else if (h <= THIN && w > THIN)
        out.push({ page, x1: Math.min(...xs), y1: cy, x2: Math.max(...xs), y2: cy });
      continue;
    }
    if (!ops.stroking.has(op)) continue;
    for (let k = 1; k < at.length; k++) {
      const [x1, y1] = at[k - 1] ?? [0, 0];
      const [x2, y2] = at[k] ?? [0, 0];
      if (Math.abs(x1 - x2) <= 0.5 || Math.abs(y1 - y2) <= 0.5) out.push({ page, x1, y1, x2, y2 });
    }
  }
}

/** Most segments read from one page: a table's borders are a few hundred. */
const PAGE_SEGMENTS = 20_000;

/**
 * The axis-aligned lines a page draws, from pdfjs's operator list (fnArray/argsArray of
 * `page.getOperatorList()`): stroked segments, and filled boxes thin enough to be a line.
 */
export function pathSegments(
  page: number,
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: PathOps,
  limit = PAGE_SEGMENTS,
): RuleSegment[] {
  const out: RuleSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length && out.length < limit; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    // A restore with nothing saved keeps the matrix, as pdfjs draws it.
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args)
      ctm = multiply(args.slice(0, 6) as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      // The form's /Matrix: pdfjs gives it as a Float32Array.
      const m = args[0];
      if ((Array.isArray(m) || ArrayBuffer.isView(m)) && (m as ArrayLike<number>).length === 6)
        ctm = multiply(Array.from(m as ArrayLike<number>) as unknown as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const data = args[1] as ArrayLike<number>[] | undefined;
      const path = data?.[0];
      if (path) paintedSegments(page, args[0] as number, path, ctm, ops, out);
    }
  }
  return out;
}

/** A path as painted, with the transformation then in force (what the CLI's pdfjs reports). */
export interface PaintedPath {
  /** The painting operator (pdfjs's OPS number). */
  readonly op: number;
  /** pdfjs's path codes and points (DrawOPS). */
  readonly path: ArrayLike<number>;
  readonly ctm: Matrix;
}

/** The axis-aligned lines of a page's painted paths, as pathSegments reads them from its operators. */
export function paintedPathSegments(
  page: number,
  paths: readonly PaintedPath[],
  ops: PathOps,
  limit = PAGE_SEGMENTS,
): RuleSegment[] {
  const out: RuleSegment[] = [];
  for (const { op, path, ctm } of paths) {
    if (out.length >= limit) break;
    paintedSegments(page, op, path, ctm, ops, out);
  }
  return out;
}
