/** The distinct reports the review benches read (bench-review.ts, bench/desk-timings.ts). */
import { cellsOf, getTemplate, type Report } from '../../src/core';
import { reportFixture } from '../../src/testing/fixtures';

/** Report `n`: the 2021 example under another name with its figures moved by n (still balanced). */
export function generated(n: number): Report {
  const example = reportFixture('example-2021');
  const cells = { ...example.cells };
  for (const info of cellsOf(getTemplate(example.template)).values()) {
    if (info.kind === 'count' && info.table === 't2')
      cells[info.id] = Number(cells[info.id] ?? 0) + (n % 7);
  }
  return { ...example, meta: { ...example.meta, org: `第${n}镇人民政府` }, cells };
}
