/**
 * Types of the format templates: the official report formats described as data. A template says
 * what each table holds and what each row and column *means* (its role), so the rules, the
 * importers and the page ask for "the carried-in row of 表三", never for a spelled cell id.
 */

/** count: non-negative integer; signed: integer with a sign (本年增/减); amount: 万元, up to 4 decimals. */
export type CellKind = 'count' | 'signed' | 'amount';

export type TableId = 't2' | 't3' | 't4';

/** The narrative texts of the report file (`text` in the report file contract), in report order. */
export const TEXT_KEYS = ['intro', 'overview', 'problems', 'other'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

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
  /**
   * Widths on screen (the form, the review tables) where they differ from paper's: inputs want
   * wider number columns than printed figures do. Same rules as `widths`.
   */
  readonly screenWidths?: readonly number[];
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

/**
 * What a row of table 三 is: 一 received this year, 二 carried in from last year, a result row of
 * 三、本年度办理结果, （七）总计 of the results, 四 carried to next year.
 */
export type T3RowRole = 'received' | 'carried' | 'result' | 'resultTotal' | 'carryNext';

export interface T3Row {
  readonly key: string;
  /** The row's name in messages: group label and item ("（三）不予公开 1.属于国家秘密"). */
  readonly label: string;
  readonly role: T3RowRole;
  /** For a result row: the id of its result group. */
  readonly group?: string;
}

/** A result group of 三、本年度办理结果: （一）予以公开 … （六）其他处理. */
export interface T3Group {
  readonly id: string;
  /** The group's short name as reports write it: "予以公开", "不予公开". */
  readonly name: string;
  /** Its printed label when it has sub-items: "（三）不予公开". */
  readonly label?: string;
  /** Its row keys, in order. */
  readonly rows: readonly string[];
  /** The row that takes the group's figures when another format has this group as one row. */
  readonly fallback?: string;
}

/** A number column of table 三: one of the six applicant columns, or 总计. */
export interface T3Column {
  readonly key: string;
  readonly label: string;
  readonly role: 'applicant' | 'total';
}

/** Structure of table 三: its rows and columns with their roles, and the cell of each pair. */
export interface T3Structure {
  readonly columns: readonly T3Column[];
  readonly rows: readonly T3Row[];
  readonly groups: readonly T3Group[];
  /** Cell id of every row key × column key. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** What a result column of table 四 is. */
export type T4ResultRole = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

/** Structure of table 四: 行政复议 and the two 行政诉讼 groups, each with the same results. */
export interface T4Structure {
  readonly groups: readonly {
    readonly key: string;
    /** The group's name in cell names: "行政诉讼 未经复议直接起诉". */
    readonly label: string;
    /** Its own heading: "未经复议直接起诉". */
    readonly name: string;
    readonly role: 'review' | 'suit';
  }[];
  readonly results: readonly {
    readonly key: string;
    readonly label: string;
    readonly role: T4ResultRole;
  }[];
  /** Cell id of every group key × result key. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Rows of table 二 whose figures chain from one year to the next. */
export interface T2Structure {
  /** The 规章 cells: only 省级 and 设区的市 governments make 规章 (TOWNSHIP_RULES). */
  readonly regulations: readonly string[];
  /** 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (2021 format), by row key. */
  readonly stock: readonly {
    readonly key: string;
    readonly made: string;
    readonly repealed: string;
    readonly valid: string;
  }[];
  /** 上一年项目数量 + 本年增/减 = next year's 上一年项目数量 (2019 format), by row key. */
  readonly items: readonly {
    readonly key: string;
    readonly prev: string;
    readonly delta: string;
  }[];
  /** The cells narratives state: 制发 (新制作) of 规章 and of (行政)规范性文件. */
  readonly made: { readonly rules: string; readonly normative: string };
  /** 处理决定数量 of 行政许可, 行政处罚 and 行政强制. */
  readonly decisions: {
    readonly license: string;
    readonly penalty: string;
    readonly coercion: string;
  };
  /** 本年收费金额（万元） of 行政事业性收费, where the format has it. */
  readonly feeAmount?: string;
}

/** One official format. `Id` is its literal id; the template list derives the id type from it. */
export interface Template<Id extends string = string> {
  readonly id: Id;
  /** Name shown to users, e.g. "2021年格式". */
  readonly name: string;
  /** The notice that issued the format. */
  readonly source: string;
  /** Report years the format applies to (inclusive; `to` undefined = still in force). */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: readonly SectionDef[];
  readonly tables: Readonly<Record<TableId, TableDef>>;
  readonly t2: T2Structure;
  readonly t3: T3Structure;
  readonly t4: T4Structure;
  /** Wordings real reports use for a label, keyed by the format's own label (for import). */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  /** Labels (or distinctive parts) only this format prints: they tell the formats apart. */
  readonly markers: readonly string[];
  /** The aspects 一、总体情况 covers, each with words that show a text covers it. */
  readonly overviewAspects: readonly { readonly name: string; readonly words: readonly string[] }[];
  /** Whether 六、其他需要报告的事项 states the 信息处理费 collected (2021 format). */
  readonly feeStatement: boolean;
}
