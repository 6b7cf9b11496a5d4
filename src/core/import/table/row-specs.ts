/**
 * The rows an importer looks for, derived from the template: each body row that holds number
 * cells, its label as a key, the variants real reports write (the template's aliases), and its
 * cells in column order.
 */
import type { CellKind, TableId, Template } from '../../template-types';
import { labelKey } from '../normalize';

/** A table row as the importer looks for it. */
export interface RowSpec {
  readonly table: TableId;
  /** Row name for messages, e.g. "表三 （三）不予公开 1.属于国家秘密". */
  readonly name: string;
  /** labelKey of the template's own label of the row. */
  readonly key: string;
  /** labelKeys of shorter or variant wordings that still name only this row. */
  readonly aliases: readonly string[];
  /** Cells in column order; colSpan > 1 for a number merged across columns. */
  readonly cells: readonly {
    readonly id: string;
    readonly kind: CellKind;
    readonly colSpan: number;
  }[];
}

/** The label without its leading ordinal ("1.", "（七）", "四、"), when that still says enough. */
function withoutOrdinal(key: string): string[] {
  const bare = key.replace(/^(?:[一二三四五六七八九十]+|\d+)/, '');
  return bare !== key && bare.length >= 3 ? [bare] : [];
}

/** The number rows of a table in template order (table 四 is one row with no label of its own). */
export function rowSpecs(template: Template, table: TableId): RowSpec[] {
  const def = template.tables[table];
  const specs: RowSpec[] = [];
  for (const row of def.body) {
    const cells = row.flatMap((c) =>
      c.type === 'number' ? [{ id: c.id, kind: c.kind, colSpan: c.colSpan ?? 1 }] : [],
    );
    const first = row.find((c) => c.type === 'number');
    if (!first) continue;
    const labels = row.filter((c) => c.type === 'label');
    const own = labels[labels.length - 1]?.text ?? '';
    const key = labelKey(own);
    const aliases = [...(template.aliases[own] ?? []), ...withoutOrdinal(key)].map(labelKey);
    specs.push({
      table,
      name: `${def.name} ${first.row}`,
      key,
      aliases: [...new Set(aliases)].filter((a) => a !== key),
      cells,
    });
  }
  return specs;
}

/** labelKeys of every label the template prints in a table, headers included. */
export function tableLabelKeys(template: Template, table: TableId): string[] {
  const def = template.tables[table];
  return [...def.header, ...def.body].flatMap((row) =>
    row.flatMap((c) => (c.type === 'label' ? [labelKey(c.text)] : [])),
  );
}
