/**
 * A county's batch for tests (unit and e2e): units of 清河县 with figures written out here, so each
 * indicator can be worked out by hand from this file. Zero cells are 0, the totals computed; the
 * text is the 2021 example's, the 机关名称 swapped in.
 */
import { createReport, type OrgType, type Report } from '../core/report';
import { t3Cell, t4Cell } from '../core/roles';
import { getTemplate, type TemplateId } from '../core/templates';
import { fillTotals } from '../core/totals';
import { reportFixture } from './fixtures';

/** Counts by applicant column: natural, business, research, nonprofit, legal, other. */
type Columns = Partial<
  Record<'natural' | 'business' | 'research' | 'nonprofit' | 'legal' | 'other', number>
>;

export interface UnitSpec {
  readonly org: string;
  readonly orgType?: OrgType;
  readonly year?: number;
  readonly date?: string;
  /** 表三 by row key (the contract's row names: new, carried, open, unable_unheld, carry_next …). */
  readonly t3: Readonly<Record<string, Columns>>;
  /** 表四 by group key: [upheld, corrected, other, pending]. */
  readonly t4?: Readonly<Record<string, readonly [number, number, number, number]>>;
}

const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** A balanced-or-not report exactly as specified (totals computed from the figures). */
export function unitReport(spec: UnitSpec, template: TemplateId = '2021'): Report {
  const year = spec.year ?? 2024;
  const t = getTemplate(template);
  const base = createReport({
    org: spec.org,
    year,
    template,
    ...(spec.orgType ? { orgType: spec.orgType } : {}),
    date: spec.date ?? `${year + 1}-01-20`,
  });
  const cells: Record<string, number | null> = {};
  for (const id of Object.keys(base.cells)) cells[id] = 0;
  for (const [row, columns] of Object.entries(spec.t3)) {
    for (const [column, n] of Object.entries(columns)) cells[t3Cell(t, row, column)] = n;
  }
  for (const [group, values] of Object.entries(spec.t4 ?? {})) {
    RESULTS.forEach((result, i) => (cells[t4Cell(t, group, result)] = values[i] ?? 0));
  }
  const example = reportFixture('example-2021');
  const text = Object.fromEntries(
    Object.entries(example.text).map(([k, v]) => [
      k,
      (typeof v === 'string' ? v : '').replaceAll(example.meta.org, spec.org),
    ]),
  );
  return {
    ...base,
    text,
    cells: fillTotals(t, cells, { t3: 'auto', t4: 'auto' }),
  };
}

/**
 * The 2024 units. By hand (总计 column): 城关镇 收12 结12 = 予以公开6 + 部分公开2 + 不予公开1 +
 * 无法提供2（本机关不掌握2）+ 不予处理1, 上年结转1, 结转1; 复议2（纠正1）. 自然资源局 收20 上年结转2
 * 结18 = 予以公开9 + 部分公开3 + 不予公开2 + 无法提供3（本机关不掌握1）+ 不予处理1, 结转4; 复议5（纠正2）,
 * 直接起诉3（纠正1）, 复议后起诉2（纠正0）. 马屯镇 收3 结3 = 予以公开2 + 无法提供1（本机关不掌握1）.
 */
export const UNITS_2024: readonly UnitSpec[] = [
  {
    org: '清河县城关镇人民政府',
    orgType: 'township',
    date: '2025-01-20',
    t3: {
      new: { natural: 10, business: 2 },
      carried: { natural: 1 },
      open: { natural: 6 },
      partial: { natural: 1, business: 1 },
      deny_third_party: { natural: 1 },
      unable_unheld: { natural: 1, business: 1 },
      reject_repeat: { natural: 1 },
      carry_next: { natural: 1 },
    },
    t4: { review: [1, 1, 0, 0] },
  },
  {
    org: '清河县自然资源局',
    orgType: 'department',
    date: '2025-02-10',
    t3: {
      new: { natural: 14, business: 4, legal: 2 },
      carried: { natural: 2 },
      open: { natural: 6, business: 2, legal: 1 },
      partial: { natural: 2, business: 1 },
      deny_secret: { natural: 1 },
      deny_process: { business: 1 },
      unable_unheld: { natural: 1 },
      unable_create: { natural: 1, legal: 1 },
      reject_massive: { natural: 1 },
      carry_next: { natural: 4 },
    },
    t4: { review: [2, 2, 1, 0], suit_direct: [1, 1, 0, 1], suit_after: [2, 0, 0, 0] },
  },
  {
    org: '清河县马屯镇人民政府',
    orgType: 'township',
    date: '2025-01-25',
    t3: {
      new: { natural: 3 },
      open: { natural: 2 },
      unable_unheld: { natural: 1 },
    },
  },
];

/** Last year's reports of two units, for year on year. 城关镇 2023: 收8 结8 = 予以公开4 + 不予公开2 + 无法提供2. */
export const UNITS_2023: readonly UnitSpec[] = [
  {
    org: '清河县城关镇人民政府',
    orgType: 'township',
    year: 2023,
    date: '2024-01-22',
    t3: {
      new: { natural: 8 },
      open: { natural: 4 },
      deny_internal: { natural: 2 },
      unable_unclear: { natural: 2 },
    },
  },
  {
    org: '清河县自然资源局',
    orgType: 'department',
    year: 2023,
    date: '2024-01-30',
    t3: {
      new: { natural: 10 },
      carried: { natural: 1 },
      open: { natural: 5 },
      partial: { natural: 2 },
      unable_unheld: { natural: 2 },
      carry_next: { natural: 2 },
    },
  },
];
