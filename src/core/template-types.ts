/** Types of the format templates: the official report formats described as data. */

/** The official formats: 2019 (试行, for 2019–2020 reports) and 2021 (since the 2021 report). */
export type TemplateId = '2019' | '2021';

/** count: non-negative integer; signed: integer with a sign (本年增/减); amount: 万元, up to 4 decimals. */
export type CellKind = 'count' | 'signed' | 'amount';

export type TableId = 't2' | 't3' | 't4';

/** Narrative texts of the report file (`text` in interfaces.md §2). */
export type TextKey = 'intro' | 'overview' | 'problems' | 'other';

/** A label in a table grid. `role` tells renderers how to style it. */
export interface LabelCell {
  readonly type: 'label';
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** section: a 第二十条 row of table 二; head: a column heading; row: a row label. */
  readonly role: 'section' | 'head' | 'row' | 'note';
}

/** A number cell. `row` and `col` are the labels that name it (accessible name, messages). */
export interface NumberCell {
  readonly type: 'number';
  readonly id: string;
  readonly kind: CellKind;
  readonly colSpan?: number;
  readonly row: string;
  readonly col: string;
}

export type GridCell = LabelCell | NumberCell;

/** One statutory table as an HTML-like grid: each row lists the cells that start in it. */
export interface TableDef {
  readonly id: TableId;
  /** Short name used in messages, e.g. "表三". */
  readonly name: string;
  /** Logical grid width. */
  readonly columns: number;
  /** Relative column widths (they add up to 100), for Word and print. */
  readonly widths: readonly number[];
  readonly header: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
}

export type SectionId = 'overview' | 'active' | 'requests' | 'review' | 'problems' | 'other';

export interface SectionDef {
  readonly id: SectionId;
  /** Heading exactly as the format prints it, e.g. "一、总体情况". */
  readonly heading: string;
  /** The narrative text of this section, if it has one. */
  readonly text?: TextKey;
  /** The statutory table of this section, if it has one. */
  readonly table?: TableId;
  /** Suggested sub-headings (common practice, not mandated), offered as an outline to insert. */
  readonly outline?: readonly string[];
}

/** Structure of table 三 the balance rules need (row keys of interfaces.md §1). */
export interface T3Structure {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  /** The rows counted in （七）总计, in order. */
  readonly resultRows: readonly string[];
}

/** Structure of table 四 the balance rules need. */
export interface T4Structure {
  readonly groups: readonly { readonly key: string; readonly label: string }[];
  readonly results: readonly { readonly key: string; readonly label: string }[];
}

export interface Template {
  readonly id: TemplateId;
  /** Name shown to users, e.g. "2021年格式". */
  readonly name: string;
  /** The notice that issued the format. */
  readonly source: string;
  /** Report years the format applies to (inclusive; `to` undefined = still in force). */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: readonly SectionDef[];
  readonly tables: Readonly<Record<TableId, TableDef>>;
  readonly t3: T3Structure;
  readonly t4: T4Structure;
}
