/**
 * The form's values and their mapping to and from the report file. Inputs keep the text typed;
 * the core's parser decides what it means when the report is built.
 */
import { z } from 'zod';
import {
  cellsOf,
  fillTotals,
  formatValue,
  getTemplate,
  ORG_TYPES,
  parseCell,
  typedCellsSchema,
  type CellInfo,
  type CellValue,
  type LastYearLink,
  type OrgType,
  type Report,
  type Template,
  type TotalTable,
  type TotalsMode,
  type TextKey,
  TEXT_KEYS,
} from '../../core';

function isTextKey(key: string): key is TextKey {
  return (TEXT_KEYS as readonly string[]).includes(key);
}

export interface FormValues {
  meta: { org: string; year: string; orgType: OrgType | ''; date: string; signature: string };
  text: Record<TextKey, string>;
  cells: Record<string, string>;
}

export type TotalsModes = Record<TotalTable, TotalsMode>;

/** The text a cell shows for a stored value. */
function cellText(value: CellValue | undefined, kind: Parameters<typeof formatValue>[1]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return parseCell(value, kind).ok ? formatValue(value, kind) : String(value);
}

/** Form values showing a report. */
export function formValuesOf(report: Report): FormValues {
  const cells: Record<string, string> = {};
  for (const [id, info] of cellsOf(getTemplate(report.template))) {
    cells[id] = cellText(report.cells[id], info.kind);
  }
  return {
    meta: {
      org: report.meta.org,
      year: String(report.meta.year),
      orgType: report.meta.orgType ?? '',
      date: report.meta.date ?? '',
      signature: report.meta.signature ?? '',
    },
    text: Object.fromEntries(TEXT_KEYS.map((key) => [key, report.text[key] ?? ''])) as Record<
      TextKey,
      string
    >,
    cells,
  };
}

/**
 * Cells parsed, by kind and text: the report is built after every change, and all but one of its
 * ~220 cells hold what they held before (parseCell is pure). Bounded: cleared when full.
 */
const parsedCells = new Map<string, CellValue>();
const PARSED_CELLS = 4096;

function parsedCell(text: string, kind: CellInfo['kind']): CellValue {
  const key = `${kind}\u0000${text}`;
  const known = parsedCells.get(key);
  if (known !== undefined || parsedCells.has(key)) return known as CellValue;
  const parsed = parseCell(text, kind);
  const value = parsed.ok ? parsed.value : text;
  if (parsedCells.size >= PARSED_CELLS) parsedCells.clear();
  parsedCells.set(key, value);
  return value;
}

/** The report the form shows: typed text parsed, computed totals filled, unknown fields kept. */
export function reportOf(
  base: Report,
  values: FormValues,
  modes: TotalsModes,
  lastYear: LastYearLink | undefined = base.lastYear,
): Report {
  const template = getTemplate(base.template);
  const typed: Record<string, CellValue> = { ...base.cells };
  for (const [id, info] of cellsOf(template)) {
    typed[id] = parsedCell(values.cells[id] ?? '', info.kind);
  }
  const year = Number.parseInt(values.meta.year, 10);
  const { orgType: _orgType, date: _date, signature: _signature, ...restMeta } = base.meta;
  // A section's text is always written; the opening paragraph only when there is one.
  const sectionTexts = new Set(template.sections.flatMap((s) => (s.text ? [s.text] : [])));
  const texts = TEXT_KEYS.filter((key) => sectionTexts.has(key) || values.text[key] !== '');
  const { lastYear: _lastYear, ...rest } = base;
  return {
    ...rest,
    ...(lastYear ? { lastYear } : {}),
    meta: {
      ...restMeta,
      org: values.meta.org,
      year: Number.isInteger(year) ? year : base.meta.year,
      ...(values.meta.orgType ? { orgType: values.meta.orgType } : {}),
      ...(values.meta.date.trim() ? { date: values.meta.date.trim() } : {}),
      ...(values.meta.signature.trim() ? { signature: values.meta.signature.trim() } : {}),
    },
    text: {
      ...Object.fromEntries(Object.entries(base.text).filter(([key]) => !isTextKey(key))),
      ...Object.fromEntries(texts.map((key) => [key, values.text[key]])),
    },
    cells: fillTotals(template, typed, modes),
    totals: { ...base.totals, ...modes },
  };
}

/** The form's zod schema: cell kinds through the core parser, plus the basic information. */
export function formSchema(template: Template) {
  return z.object({
    meta: z.object({
      org: z.string().trim().min(1, '请填写机关名称'),
      year: z
        .string()
        .trim()
        .regex(/^\d{4}$/, '报告年度应为四位数字，如 2024')
        .refine((y) => Number(y) >= 2008 && Number(y) <= 2100, '报告年度不在合理范围内'),
      orgType: z.enum([...ORG_TYPES, '']),
      date: z.string(),
      signature: z.string(),
    }),
    text: z.object(
      Object.fromEntries(TEXT_KEYS.map((key) => [key, z.string()])) as Record<TextKey, z.ZodString>,
    ),
    cells: typedCellsSchema(template),
  });
}
