/**
 * Issue 20's layouts, one office-made fixture each (scripts/make-layout-fixtures.ts; the tools'
 * outputs are committed): labels wrapped over 3–5 lines in a narrow column with the numbers at the
 * top of their tall cells or centred, tables without borders, 表二 in small tables under captions or
 * with the item as each table's first row, 表三 over a page break with its header repeated and
 * without, 表三 cut into two tables, a 总计 column printed blank, converted markdown in pieces.
 * Each is read through every route it occurs in: the web page, the clerk's Word file (LibreOffice
 * .docx), the PDF printed from it (the PDF importer's positioned text), pdftotext with and without
 * -layout. Every cell is checked against the report as published.
 */
import { describe, expect, it } from 'vitest';
import {
  layoutFixtures,
  reading,
  routesOf,
  type LayoutFixture,
  type Reading,
} from '../../testing/layouts/layout-fixtures';

/** Routes that keep the table's grid or the cells' positions: every number is read as printed. */
const EXACT = new Set(['html', 'docx', 'pdf', 'markdown']);

interface Expected {
  /** Cells left blank whose figure is not 0 (each must be noted by a BLANK_CELL doubt). */
  readonly blank?: number;
  /** Findings shown as reading doubts (BLANK_CELL aside): where the reading truly is in doubt. */
  readonly doubts?: readonly string[];
  /**
   * Still read wrong (src/core/import/table/**, issue 20's text routes): the cells read wrong and
   * the errors the report does not have, exactly as today, so that a change is seen.
   */
  readonly known?: {
    readonly wrong: readonly string[];
    /** …of them, shown as read as printed. */
    readonly printed?: readonly string[];
    readonly errors: readonly string[];
    /** Cells read blank as printed whose figure is not 0 (their numbers went elsewhere). */
    readonly unnoted?: readonly string[];
  };
  /** Cells placed by their positions and the equations (no grid): right, and marked inferred. */
  readonly inferred?: number;
}

/**
 * What the text routes (no grid, no positions but the text's) leave: pdftotext without -layout
 * prints a table whose zeros are blank as columns of numbers with no place to put them — those
 * cells stay blank, noted, never guessed.
 */
const EXPECTED: Record<string, Expected> = {
  // 表三's last numbers run on into 表四's one row (table/band-read): 表四's groups whose 总计 the
  // equations would have to supply are left blank, noted (table-rows unsettleGroups).
  'blank-totals-2019 | pdftotext': { blank: 114 },
  // No ruling lines: 表三's and 表四's short rows are placed by their columns' positions (inferred).
  'borderless-middle-2021 | pdf': { inferred: 96 },
  'blank-totals-2019 | pdftotext -layout': { blank: 1 },
  'blank-totals-2021 | pdftotext': { blank: 113 },
  'borderless-middle-2021 | pdftotext -layout': { blank: 8 },
  // (表二's 行政处罚 and 行政强制, though printed whole, come before a row printed short: either
  // may hold its neighbour's number in place of a blank of its own — blank, noted.)
  'borderless-middle-2021 | pdftotext': { blank: 116 },
  // Page 2 prints no row whole to measure its columns on (each page spaced anew): its short rows
  // are left blank, noted; page 1's and page 3's are placed by their own page's columns.
  'break-plain-2021 | pdftotext -layout': { blank: 43 },
  'break-plain-2021 | pdftotext': { blank: 108 },
  'break-repeat-2021 | pdftotext': { blank: 104 },
  'narrow-middle-2019 | pdftotext': { blank: 110 },
  't2-captions-2019 | pdftotext': { blank: 16 },
  't2-captions-2021 | pdftotext -layout': { blank: 76 },
  't2-captions-2021 | pdftotext': { blank: 111 },
  't2-touching-2019 | pdftotext': { blank: 14 },
  // Labels wrapped around their centred numbers, zeros blank, the header repeated on each page
  // with the columns spaced anew: the rows whose numbers went to a neighbouring column (the
  // equations fail under every placement) are left blank, noted (table/resolve-rows). (A short
  // row whose last number is the sum of the rest keeps it as its 总计: 77 blanks before that.)
  'narrow-middle-2019 | pdftotext -layout': { blank: 37 },
};

/** The published blanks the equations determine: a derived 总计 is right, and marked inferred. */
function derivedBlanks(fixture: LayoutFixture): string[] {
  return [...fixture.blanks].filter((id) => Number(fixture.report.cells[id] ?? 0) !== 0).sort();
}

function check(fixture: LayoutFixture, route: string, read: Reading): void {
  const want = EXPECTED[`${fixture.name} | ${route}`] ?? {};
  // Every number read is the report's (or a known misreading, never shown as printed unless
  // listed with the errors it causes).
  expect(read.wrong).toEqual(want.known?.wrong ?? []);
  expect(read.errors).toEqual(want.known?.errors ?? []);
  expect(read.wrongPrinted).toEqual(want.known?.printed ?? []);
  // No finding the report as published does not have, none it has missed.
  expect(read.extra).toEqual(want.known?.errors ?? []);
  expect(read.missed).toEqual([]);
  expect(read.doubts).toEqual(want.doubts ?? []);
  // Blanks: as many as expected, every one of them noted (BLANK_CELL), never a silent 0.
  expect(read.blank.length).toBe(want.blank ?? 0);
  expect(read.blank.filter((id) => !read.noted.includes(id))).toEqual(want.known?.unnoted ?? []);
  if (want.inferred !== undefined) expect(read.inferred.length).toBe(want.inferred);
  else if (EXACT.has(route)) {
    // A grid or positions: every printed number is read as printed; only the blank 总计 cells the
    // equations determine are inferred.
    expect(read.inferred.sort()).toEqual(derivedBlanks(fixture));
  }
}

describe('office-made layouts (issue 20), every route', () => {
  const fixtures = layoutFixtures();
  it('has a fixture for each layout', () => {
    const names = fixtures.map((f) => f.name);
    for (const prefix of ['narrow-', 'borderless-', 't2-items', 't2-touching', 't2-captions']) {
      expect(names.some((n) => n.startsWith(prefix))).toBe(true);
    }
    for (const prefix of ['break-repeat', 'break-plain', 'split-', 'blank-totals', 'converted-'])
      expect(names.some((n) => n.startsWith(prefix))).toBe(true);
  });
  for (const fixture of fixtures) {
    for (const [route, read] of Object.entries(routesOf(fixture.name))) {
      it(`${fixture.name} through ${route}`, () => {
        const result = reading(fixture, read());
        if (typeof result === 'string') throw new Error(result);
        check(fixture, route, result);
      });
    }
  }
});
