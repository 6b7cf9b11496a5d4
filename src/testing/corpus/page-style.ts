/**
 * How a government website publishes a report: the CMS and its table markup, the column widths an
 * editor gave the tables (a narrow label column wraps the labels over several lines once an office
 * tool lays the page out), zeros printed or left blank, a 总计 column left blank, 表二 as one table
 * or one small table per 第二十条 item, where the numbers stand in a tall cell, and what sits in a
 * cell (<p>, <br>, &nbsp;). Every choice is drawn from one seeded generator.
 */

/** The content systems whose table markup the corpus imitates. */
export type Cms = 'word' | 'ueditor' | 'trs' | 'plain';

/** How a zero cell is published. */
export type ZeroStyle = 'print' | 'blank' | 'nbsp' | 'mixed';

/** How 表二 is published: the official single table, or one table per item. */
export type Table2Shape = 'one' | 'items' | 'items-uncaptioned';

export interface PageStyle {
  readonly cms: Cms;
  readonly zero: ZeroStyle;
  /** 表三's 总计 column left blank: for the result rows, or for every row but （七）总计. */
  readonly blankTotals: 'none' | 'results' | 'all-but-sum';
  readonly table2: Table2Shape;
  /** Share of 表三's width its three label columns take (the official table: 40 %). */
  readonly labelShare: number;
  /** The tables' width: a share of the page, or fixed pixels as a Word paste gives. */
  readonly tableWidth: '100%' | number;
  /** Table font size, pt. */
  readonly fontPt: number;
  /** Where the numbers of a tall row stand in their cells. */
  readonly valign: 'top' | 'middle';
  /** <br> inside the long labels, as editors break them by hand. */
  readonly labelBreaks: boolean;
  /** The header rows in <thead> (LibreOffice repeats them after a page break). */
  readonly thead: boolean;
  /** Label wordings real reports use instead of the format's ("1、", shorter items). */
  readonly variants: boolean;
  /** &nbsp; around the numbers. */
  readonly padded: boolean;
  /** A title on two lines (机关名称, then the year's title), or the year first. */
  readonly title: 'one' | 'two-lines' | 'year-first';
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A page style drawn from `random`. */
export function pageStyle(random: () => number): PageStyle {
  return {
    cms: pick(random, ['word', 'ueditor', 'trs', 'plain'] as const),
    zero: pick(random, ['print', 'print', 'blank', 'nbsp', 'mixed'] as const),
    blankTotals: random() < 0.2 ? pick(random, ['results', 'all-but-sum'] as const) : 'none',
    table2: pick(random, ['one', 'one', 'items', 'items-uncaptioned'] as const),
    labelShare: pick(random, [0.4, 0.3, 0.22, 0.16, 0.12]),
    tableWidth: random() < 0.5 ? '100%' : pick(random, [560, 600, 640]),
    fontPt: pick(random, [9, 10.5, 10.5, 12]),
    valign: random() < 0.4 ? 'top' : 'middle',
    labelBreaks: random() < 0.3,
    thead: random() < 0.5,
    variants: random() < 0.3,
    padded: random() < 0.2,
    title: pick(random, ['one', 'one', 'two-lines', 'year-first'] as const),
  };
}
