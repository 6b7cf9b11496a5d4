/** Table 三's rows and input columns, from the template: the same form on every bench page. */
import { getTemplate } from '../../src/core';

export const T3_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'];

export interface T3Row {
  readonly key: string;
  readonly label: string;
}

/** The 25 rows of table 三 that take input (the cells of the 总计 column are computed). */
export function t3Rows(): T3Row[] {
  const rows = new Map<string, string>();
  for (const cell of getTemplate('2021').tables.t3.body.flat()) {
    if (cell.type !== 'number' || !cell.id.endsWith('_natural')) continue;
    rows.set(cell.id.replace(/^t3_|_natural$/g, ''), cell.row);
  }
  return [...rows].map(([key, label]) => ({ key, label }));
}
