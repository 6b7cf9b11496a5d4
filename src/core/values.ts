/**
 * Cell values, parsed once: every rule, the standard sentences and the cross-year checks read
 * this map instead of parsing the report's cells again.
 */
import { cellsOf } from './cells';
import { parseCell } from './number';
import type { Report } from './report';
import type { Template } from './template-types';

/** The parsed cells of one report in one template. */
export interface Values {
  readonly template: Template;
  /** A cell's value: a number, null when blank, undefined when invalid or not in the template. */
  readonly get: (id: string) => number | null | undefined;
  /** A cell's value with blank (and invalid) as 0, as the balance rules add them. */
  readonly num: (id: string) => number;
  /** Cells whose text is not a valid number for their kind, with the parser's reason. */
  readonly invalid: ReadonlyMap<string, string>;
  /** The cells that are blank. */
  readonly blank: ReadonlySet<string>;
}

/** Parse every cell of the template (once per check: the engine passes the result around). */
export function readValues(template: Template, report: Report): Values {
  const values = new Map<string, number | null>();
  const invalid = new Map<string, string>();
  const blank = new Set<string>();
  for (const [id, info] of cellsOf(template)) {
    const parsed = parseCell(report.cells[id], info.kind);
    if (!parsed.ok) invalid.set(id, parsed.message);
    else {
      values.set(id, parsed.value);
      if (parsed.value === null) blank.add(id);
    }
  }
  return {
    template,
    get: (id) => values.get(id),
    num: (id) => values.get(id) ?? 0,
    invalid,
    blank,
  };
}
