/**
 * Column positions in laid-out text (pdftotext -layout, the PDF importer's own lines): a table
 * whose zero cells are left blank prints fewer numbers than a row has cells, and where each
 * number stands says its column. The columns come from a row that printed every cell (the
 * nearest one: page parts of a table drift by a character or two) or, for 表四's one row, from
 * its header's words. A number close to two columns keeps both; the equations choose between them
 * (resolve-rows.ts), and equally good readings that differ leave the cells blank.
 */
import type { NumberToken } from './locate-labels';
import type { Placement } from './placements';
import type { Token } from './tokens';

/** The middle of each column of a table part, and the source line it was measured on. */
export interface ColumnModel {
  readonly line: number;
  readonly xs: readonly number[];
}

/** More placements than this for one row are not tried: the positions say too little. */
const MAX_POSITIONED = 200;

/** A row that printed every cell on one laid-out line, left to right: its columns. */
export function modelOf(taken: readonly NumberToken[], cells: number): ColumnModel | undefined {
  if (cells < 2 || taken.length !== cells) return undefined;
  const line = taken[0]?.line;
  const xs: number[] = [];
  for (const t of taken) {
    if (t.x === undefined || t.line !== line || t.raw === '') return undefined;
    if (xs.length > 0 && t.x <= (xs[xs.length - 1] ?? 0)) return undefined;
    xs.push(t.x);
  }
  return line === undefined ? undefined : { line, xs };
}

/** A header word that stands over one column: two characters, or one (stacked in a narrow column). */
const HEAD_WORD = /^[\u4e00-\u9fff]{1,2}$/;

/**
 * 表四's columns from its header: the short words of the header lines (结果 / 维持, 总计 …, or one
 * character a line where the column is narrow) stand over their columns; when they fall into
 * exactly `cells` clusters those are the columns.
 */
export function headerModel(tokens: readonly Token[], cells: number, before: number) {
  // A narrow column wraps its words anyhow ("结果维" / "持"): then its pieces of one to three.
  return (
    headerClusters(tokens, cells, before, (w) => HEAD_WORD.test(w)) ??
    headerClusters(tokens, cells, before, (w) => w.length >= 1 && w.length <= 3)
  );
}

function headerClusters(
  tokens: readonly Token[],
  cells: number,
  before: number,
  word: (text: string) => boolean,
) {
  const xs = tokens
    .flatMap((t) =>
      t.kind === 'text' && t.x !== undefined && t.line < before && word(t.text) ? [t.x] : [],
    )
    .sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - (last[last.length - 1] ?? 0) <= 1.5) last.push(x);
    else clusters.push([x]);
  }
  if (clusters.length !== cells) return undefined;
  const centres = clusters.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
  return { line: before, xs: centres };
}

/** The models measured nearest to a line above it and below it. */
function nearest(models: readonly ColumnModel[], line: number, cells: number): ColumnModel[] {
  let above: ColumnModel | undefined;
  let below: ColumnModel | undefined;
  for (const m of models) {
    if (m.xs.length !== cells) continue;
    if (m.line <= line && (!above || m.line > above.line)) above = m;
    if (m.line >= line && (!below || m.line < below.line)) below = m;
  }
  return [...new Set([above, below])].filter((m): m is ColumnModel => m !== undefined);
}

/** The columns a number may stand in by one model, with how far off it is from each. */
function nearColumns(xs: readonly number[], x: number, spread: number): { c: number; v: number }[] {
  let gap = Number.POSITIVE_INFINITY;
  for (let c = 1; c < xs.length; c++) gap = Math.min(gap, (xs[c] ?? 0) - (xs[c - 1] ?? 0));
  if (!(gap > 0) || !Number.isFinite(gap)) return [];
  const d = xs.map((col) => Math.abs(col - x));
  const least = Math.min(...d);
  if (least > gap) return [];
  const close = d.flatMap((v, c) => (v <= least + gap * 0.5 ? [c] : []));
  const from = Math.max(0, Math.min(...close) - spread);
  const to = Math.min(xs.length - 1, Math.max(...close) + spread);
  const out: { c: number; v: number }[] = [];
  for (let c = from; c <= to; c++) out.push({ c, v: (d[c] ?? 0) / gap });
  return out;
}

/**
 * The placements of a short row's numbers by their columns, the closest first; undefined when the
 * row's numbers carry no positions or no model fits them (the row is then read without them).
 */
export function positionPlacements(
  cells: number,
  taken: readonly NumberToken[],
  models: readonly ColumnModel[],
  /** Columns either side of the near ones also allowed (pdftotext pushes a line by a column). */
  spread = 0,
): Placement[] | undefined {
  const first = taken[0];
  if (!first || taken.length >= cells || taken.some((t) => t.x === undefined || t.grid))
    return undefined;
  const near: { c: number; v: number }[][] = [];
  // Each number's columns: the nearest, and any nearly as near, by the rows measured above and
  // below it (pdftotext drifts from one page part to the next).
  const around = nearest(models, first.line, cells);
  if (around.length === 0) return undefined;
  for (const t of taken) {
    const best = new Map<number, number>();
    for (const m of around)
      for (const { c, v } of nearColumns(m.xs, t.x ?? 0, spread))
        best.set(c, Math.min(v, best.get(c) ?? v));
    if (best.size === 0) return undefined;
    near.push([...best].map(([c, v]) => ({ c, v })).sort((a, b) => a.c - b.c));
  }
  const out: { cols: number[]; cost: number }[] = [];
  const visit = (i: number, from: number, cols: number[], cost: number) => {
    if (out.length > MAX_POSITIONED) return;
    if (i === taken.length) {
      out.push({ cols: [...cols], cost });
      return;
    }
    for (const { c, v } of near[i] ?? []) {
      if (c < from) continue;
      cols.push(c);
      visit(i + 1, c + 1, cols, cost + v);
      cols.pop();
    }
  };
  visit(0, 0, [], 0);
  if (out.length === 0 || out.length > MAX_POSITIONED) return undefined;
  out.sort((a, b) => a.cost - b.cost);
  return out.map(({ cols }, rank) => ({
    at: new Map(cols.map((c, i) => [c, taken[i] as NumberToken])),
    rank,
  }));
}

/**
 * 表二's header lines as column models: a line of label words over the number columns ("信息内容
 * 本年制发件数 本年废止件数 现行有效件数") stands over its item's columns — the items' columns differ,
 * so a row is measured on its own item's header, never on another item's rows.
 */
export function headerLines(tokens: readonly Token[]): ColumnModel[] {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const out: ColumnModel[] = [];
  for (const [line, words] of byLine) {
    if (words.some((t) => t.kind === 'number' && t.raw !== '')) continue;
    // Words a single space apart are one heading ("采购总金额（单位：万元，保留 4 位小数）").
    const spans: { from: number; to: number }[] = [];
    for (const t of words) {
      if (t.kind !== 'text' || t.x === undefined) continue;
      const from = t.x - t.text.length / 2;
      const to = t.x + t.text.length / 2;
      const last = spans[spans.length - 1];
      if (last && from - last.to <= 1.5) last.to = to;
      else spans.push({ from, to });
    }
    const xs = spans.map((sp) => (sp.from + sp.to) / 2);
    if (xs.length >= 2 && xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? 0)))
      out.push({ line, xs });
  }
  return out;
}

/**
 * The models for a row of `cells` numbers at `line` in 表二: its item's header (the nearest header
 * line above with a word over each column, the label column's word dropped) and the rows printed
 * whole under that header before the next one.
 */
export function itemModels(
  headers: readonly ColumnModel[],
  rows: readonly ColumnModel[],
  line: number,
  cells: number,
): ColumnModel[] {
  const above = headers.filter((h) => h.line < line).sort((a, b) => b.line - a.line)[0];
  if (!above) return [...rows];
  const until = headers.filter((h) => h.line > line).sort((a, b) => a.line - b.line)[0]?.line;
  const inItem = rows.filter((m) => m.line > above.line && (until === undefined || m.line < until));
  // The header starts with the label column's word (信息内容), then one word a column.
  const xs = above.xs.length === cells + 1 ? above.xs.slice(1) : undefined;
  return xs ? [{ line: above.line, xs }, ...inItem] : inItem;
}
