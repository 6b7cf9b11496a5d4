/**
 * 新建下一年度报告: next year's report made from this year's. Same 机关, the format of the new
 * year, this report linked as last year's, 二、上年结转 from 四、结转下年度继续办理, the figures
 * the format chains from year to year (2019: 上一年项目数量 = 上一年项目数量 + 本年增/减), every
 * other cell blank; the narrative empty but for the usual opening paragraph for the new year, or
 * this year's text with the report year rolled forward.
 */
import { carriedCells, carriedFromLastYear } from './carry-over';
import { openingParagraph } from './narrative';
import { cellValue } from './number';
import { sameOrgName } from './org-name';
import { createReport, lastYearLink, type CellValue, type Report } from './report';
import { findTemplate, getTemplate, templateIdForYear } from './templates';
import { TEXT_KEYS, type Template, type TextKey } from './template-types';

/** One year reference rolled forward in a text, at its place in the new text. */
export interface RolledYear {
  readonly key: TextKey;
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

export interface RollForward {
  readonly report: Report;
  /** The year references changed in the text (empty when the text was not taken). */
  readonly rolled: readonly RolledYear[];
}

/** "2024年" (not part of a longer number) in its ASCII and full-width spellings. */
function yearPattern(year: number): RegExp {
  const full = String(year).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return new RegExp(`(?<![0-9０-９])(${year}|${full})(?=\\s*年)`, 'g');
}

/** The text with every mention of `year` as a year rolled to `year + 1`. */
function rollText(
  key: TextKey,
  text: string,
  year: number,
): { text: string; rolled: RolledYear[] } {
  const rolled: RolledYear[] = [];
  const next = String(year + 1);
  const out = text.replace(yearPattern(year), (from: string, _g: string, index: number) => {
    rolled.push({ key, index, from, to: next });
    return next;
  });
  return { text: out, rolled };
}

/** 2019 format: next year's 上一年项目数量 is this year's plus 本年增/减 (blank when either is invalid). */
function chainedItems(to: Template, from: Template, last: Report): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const row of to.t2.items) {
    const before = from.t2.items.find((r) => r.key === row.key);
    if (!before) continue;
    const prev = cellValue(last.cells[before.prev], 'count');
    const delta = cellValue(last.cells[before.delta], 'signed');
    if (prev === undefined || delta === undefined || (prev === null && delta === null)) continue;
    const value = (prev ?? 0) + (delta ?? 0);
    if (value >= 0) cells[row.prev] = value;
  }
  return cells;
}

/** Next year's report from this one (see the module doc); `keepText` takes the narrative along. */
export function rollForward(last: Report, options: { keepText?: boolean } = {}): RollForward {
  const year = last.meta.year + 1;
  const template = getTemplate(templateIdForYear(year));
  const from = findTemplate(last.template) ?? template;
  const base = createReport({
    org: last.meta.org,
    year,
    template: template.id,
    ...(last.meta.orgType ? { orgType: last.meta.orgType } : {}),
  });
  const cells: Record<string, CellValue> = { ...base.cells, ...chainedItems(template, from, last) };
  for (const id of carriedCells(template).keys()) {
    const value = carriedFromLastYear(template, last, id);
    if (value !== undefined) cells[id] = value;
  }
  const rolled: RolledYear[] = [];
  const text: Partial<Record<TextKey, string>> = { ...base.text };
  if (options.keepText) {
    for (const key of TEXT_KEYS) {
      const source = last.text[key];
      if (source === undefined) continue;
      const result = rollText(key, source, last.meta.year);
      text[key] = result.text;
      rolled.push(...result.rolled);
    }
  }
  if (!text.intro?.trim()) text.intro = openingParagraph(last.meta.org, year);
  const report: Report = {
    ...base,
    meta: {
      ...base.meta,
      ...(last.meta.signature ? { signature: last.meta.signature } : {}),
    },
    text,
    cells,
    totals: { t3: 'auto', t4: 'auto' },
    lastYear: lastYearLink(last),
  };
  return { report, rolled };
}

/** The 2021 format's starting stock of each 表二 stock row: last year's 现行有效件数. */
export function startingStock(
  template: Template,
  last: Report,
): ReadonlyMap<string, number | null> {
  const from = findTemplate(last.template);
  const out = new Map<string, number | null>();
  for (const row of template.t2.stock) {
    const before = from?.t2.stock.find((r) => r.key === row.key);
    const value = before ? cellValue(last.cells[before.valid], 'count') : undefined;
    if (value !== undefined) out.set(row.valid, value);
  }
  return out;
}

/** What is wrong with linking `lastYear` as this report's last year (empty when it fits). */
export function linkProblems(report: Report, lastYear: Pick<Report, 'meta'>): string[] {
  const problems: string[] = [];
  if (!sameOrgName(report.meta.org, lastYear.meta.org))
    problems.push(`上年报告的机关“${lastYear.meta.org}”与本报告的“${report.meta.org}”不是同一机关`);
  if (lastYear.meta.year !== report.meta.year - 1)
    problems.push(
      `上年报告是 ${lastYear.meta.year} 年度的，本报告是 ${report.meta.year} 年度，应关联 ${report.meta.year - 1} 年度的报告`,
    );
  return problems;
}
