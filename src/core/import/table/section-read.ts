/**
 * 表二 read by its items ("第二十条第（一）项" …) where PDF text prints the row labels apart from
 * their numbers (pdftotext without -layout puts them after the whole table). The item captions
 * come in order; the numbers between two captions are that item's rows', read by bands (bands.ts).
 * Table 二 has no equations, so a reading is taken only when every item holds exactly its rows'
 * numbers and each item has one reading only.
 */
import { labelKey } from '../normalize';
import type { Template } from '../../template-types';
import { bandReadings, streamOf } from './bands';
import type { NumberToken } from './locate-labels';
import type { CellReading } from './resolve-rows';
import type { RowSpec } from './row-specs';
import type { Token } from './tokens';

/** How a cell read by its item was placed (its provenance). */
export const SECTION_HOW = '原文（PDF 文本）的行标签与数字分开排列，按第二十条各项的顺序读入';

interface Item {
  readonly key: string;
  readonly rows: number[];
  readonly tokens: Token[];
}

/** The items of 表二 in order, with the indices (in `specs`) of their number rows. */
function itemsOf(template: Template): Item[] {
  const items: Item[] = [];
  let row = 0;
  for (const cells of template.tables.t2.body) {
    const first = cells[0];
    if (first?.type === 'label' && first.role === 'section') {
      items.push({ key: labelKey(first.text), rows: [], tokens: [] });
    } else if (cells.some((c) => c.type === 'number')) {
      items[items.length - 1]?.rows.push(row++);
    }
  }
  return items;
}

/** One item's numbers by row, or undefined when they do not make exactly one reading. */
function itemRows(item: Item, specs: readonly RowSpec[]): NumberToken[][] | undefined {
  const stream = streamOf(item.tokens);
  const widths = item.rows.map((r) => specs[r]?.cells.length ?? 0);
  const n = widths[0] ?? 0;
  if (stream.numbers.length !== widths.reduce((a, b) => a + b, 0)) return undefined;
  if (item.rows.length === 1) return [[...stream.numbers]];
  if (widths.some((w) => w !== n)) return undefined;
  const readings = bandReadings(stream, item.rows.length, n);
  const only = readings[0];
  if (readings.length !== 1 || !only) return undefined;
  const rows: NumberToken[][] = item.rows.map(() => []);
  only.cells
    .map(([r, c], i) => ({ r, c, t: stream.numbers[i] }))
    .sort((a, b) => a.r - b.r || a.c - b.c)
    .forEach(({ r, t }) => {
      if (t) rows[r]?.push(t);
    });
  return rows;
}

/** 表二's cells read item by item, or undefined when the text does not allow it. */
export function readBySections(
  template: Template,
  specs: readonly RowSpec[],
  tokens: readonly Token[],
): Map<string, CellReading> | undefined {
  const items = itemsOf(template);
  let current = -1;
  let text = '';
  for (const t of tokens) {
    if (t.kind === 'text') {
      text += labelKey(t.text);
      const next = items[current + 1];
      if (next && text.includes(next.key)) {
        current++;
        text = '';
      }
      items[current]?.tokens.push(t);
      continue;
    }
    text = '';
    if (t.raw === '') continue;
    const item = items[current];
    if (!item) return undefined; // numbers before the first item
    item.tokens.push(t);
  }
  const out = new Map<string, CellReading>();
  for (const item of items) {
    const rows = itemRows(item, specs);
    if (!rows) return undefined;
    rows.forEach((numbers, i) => {
      const spec = specs[item.rows[i] ?? -1];
      spec?.cells.forEach((cell, c) => {
        const token = numbers[c];
        if (token) out.set(cell.id, { kind: 'token', token, moved: false });
      });
    });
  }
  return out;
}
