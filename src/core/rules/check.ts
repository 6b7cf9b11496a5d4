/** The rule engine: one pure function from a report to its findings. */
import { cellsOf, type CellInfo } from '../cells';
import { formatValue, parseCell, sumCounts } from '../number';
import type { Report } from '../report';
import { getTemplate, templateIdForYear } from '../templates';
import type { Template, TextKey } from '../template-types';
import { RULES, type Finding, type RuleId } from './catalogue';
import { equationCells, equationsOf, type Equation } from './equations';
import { findStatements, TEXT_FACTS, type TextFact } from './text-facts';

/** Parsed cell values: a number, null for blank; invalid cells are absent from `values`. */
export interface CellValues {
  readonly values: ReadonlyMap<string, number | null>;
  readonly invalid: ReadonlyMap<string, string>;
}

/** Parse every cell of the template once. */
export function parseCells(template: Template, report: Report): CellValues {
  const values = new Map<string, number | null>();
  const invalid = new Map<string, string>();
  for (const [id, info] of cellsOf(template)) {
    const parsed = parseCell(report.cells[id], info.kind);
    if (parsed.ok) values.set(id, parsed.value);
    else invalid.set(id, parsed.message);
  }
  return { values, invalid };
}

function finding(
  rule: RuleId,
  message: string,
  cells: readonly string[],
  sides: { expected?: number; actual?: number | null; field?: string } = {},
): Finding {
  return { rule, severity: RULES[rule].severity, message, cells, ...sides };
}

/** Run every rule that needs only the report itself; errors first, then warnings, in table order. */
export function check(template: Template, report: Report): Finding[] {
  const cells = cellsOf(template);
  const parsed = parseCells(template, report);
  const findings: Finding[] = [
    ...invalidCells(cells, report, parsed),
    ...balance(template, cells, parsed),
    ...blankCells(template, cells, parsed),
    ...townshipRules(report, cells, parsed),
    ...templateYear(template, report),
    ...emptySections(template, report),
    ...textTableMismatch(template, report, parsed),
  ];
  return sortFindings(findings);
}

/** Check a report with its own template (only the report itself; see `checkAll`). */
export function checkReport(report: Report): Finding[] {
  return check(getTemplate(report.template), report);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then info; a stable sort keeps table order within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

function tableName(template: Template, info: CellInfo): string {
  return template.tables[info.table].name;
}

/** "表三 一、本年新收政府信息公开申请数量 自然人". */
export function cellTitle(template: Template, info: CellInfo): string {
  return `${tableName(template, info)} ${info.name}`;
}

function invalidCells(
  cells: ReadonlyMap<string, CellInfo>,
  report: Report,
  parsed: CellValues,
): Finding[] {
  const template = getTemplate(report.template);
  return [...parsed.invalid].map(([id, why]) => {
    const info = cells.get(id);
    const raw = report.cells[id];
    const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
    const message = `${info ? cellTitle(template, info) : id}：填写的「${shown}」无效，${why.replace(/^「[^」]*」/, '')}`;
    return finding('VALUE_INVALID', message, [id]);
  });
}

function balance(
  template: Template,
  cells: ReadonlyMap<string, CellInfo>,
  parsed: CellValues,
): Finding[] {
  const out: Finding[] = [];
  for (const eq of equationsOf(template)) {
    const ids = equationCells(eq);
    if (ids.some((id) => parsed.invalid.has(id))) continue; // VALUE_INVALID already says why
    const value = (id: string) => parsed.values.get(id) ?? 0;
    const expected = sumCounts(eq.plus.map(value)) - sumCounts(eq.minus.map(value));
    const actual = parsed.values.get(eq.target) ?? null;
    if ((actual ?? 0) === expected && !(actual === null && expected !== 0)) continue;
    const info = cells.get(eq.target);
    if (!info) continue;
    out.push(
      finding(eq.rule, balanceMessage(template, info, eq, actual, expected, value), ids, {
        expected,
        actual,
      }),
    );
  }
  return out;
}

function balanceMessage(
  template: Template,
  info: CellInfo,
  eq: Equation,
  actual: number | null,
  expected: number,
  value: (id: string) => number,
): string {
  const stated = actual === null ? '未填写' : `填报 ${actual}`;
  const terms = eq.plus.length + eq.minus.length;
  const worked =
    terms <= 6
      ? `${[
          eq.plus.map((id) => String(value(id))).join('+'),
          ...eq.minus.map((id) => String(value(id))),
        ].join('−')} = `
      : '';
  return `${cellTitle(template, info)}：${stated}，应为 ${eq.formula} = ${worked}${expected}`;
}

function blankCells(
  template: Template,
  cells: ReadonlyMap<string, CellInfo>,
  parsed: CellValues,
): Finding[] {
  const rows = new Map<string, CellInfo[]>();
  const blankPerTable = new Map<string, number>();
  for (const [id, value] of parsed.values) {
    if (value !== null) continue;
    const info = cells.get(id);
    if (!info) continue;
    const key = `${info.table}:${info.row}`;
    rows.set(key, [...(rows.get(key) ?? []), info]);
    blankPerTable.set(info.table, (blankPerTable.get(info.table) ?? 0) + 1);
  }
  const tableSize = (table: string) => [...cells.values()].filter((c) => c.table === table).length;
  const out: Finding[] = [];
  const wholeTables = new Set<string>();
  for (const [table, count] of blankPerTable) {
    if (count !== tableSize(table)) continue;
    // A table not started yet is one warning, not one per row.
    wholeTables.add(table);
    const name = template.tables[table as CellInfo['table']].name;
    const ids = [...cells.values()].filter((c) => c.table === table).map((c) => c.id);
    out.push(
      finding('BLANK_CELL', `${name} 尚未填写（全部 ${count} 个单元格为空，导出时按 0 处理）`, ids),
    );
  }
  for (const blank of rows.values()) {
    const first = blank[0] as CellInfo;
    if (wholeTables.has(first.table)) continue;
    const cols = blank.map((b) => b.col).join('、');
    const message = `${tableName(template, first)} ${first.row}：${cols} 未填写（导出时按 0 处理）`;
    out.push(
      finding(
        'BLANK_CELL',
        message,
        blank.map((b) => b.id),
      ),
    );
  }
  return out;
}

function townshipRules(
  report: Report,
  cells: ReadonlyMap<string, CellInfo>,
  parsed: CellValues,
): Finding[] {
  if (report.meta.orgType !== 'township') return [];
  const filled = [...cells.values()].filter(
    (c) => c.id.startsWith('t2_rules_') && (parsed.values.get(c.id) ?? 0) !== 0,
  );
  if (filled.length === 0) return [];
  const what = filled
    .map((c) => `${c.col} ${formatValue(parsed.values.get(c.id) ?? 0, c.kind)}`)
    .join('、');
  return [
    finding(
      'TOWNSHIP_RULES',
      `表二 规章：${what}。乡镇/街道不能制定规章（只有省级和设区的市人民政府可以），规章各项应为 0`,
      filled.map((c) => c.id),
    ),
  ];
}

function templateYear(template: Template, report: Report): Finding[] {
  const year = report.meta.year;
  if (year < 2019) {
    return [
      finding(
        'TEMPLATE_YEAR',
        `报告年度 ${year} 年早于2019年格式（试行）的适用年度，这两种格式都不适用`,
        [],
        { field: 'meta.year' },
      ),
    ];
  }
  const wanted = templateIdForYear(year);
  if (wanted === template.id) return [];
  const wantedName = getTemplate(wanted).name;
  return [
    finding(
      'TEMPLATE_YEAR',
      `报告年度 ${year} 年应使用${wantedName}，当前使用的是${template.name}`,
      [],
      { field: 'meta.template' },
    ),
  ];
}

function emptySections(template: Template, report: Report): Finding[] {
  return template.sections
    .filter((s) => s.text && (report.text[s.text] ?? '').trim() === '')
    .map((s) =>
      finding('SECTION_EMPTY', `${s.heading} 尚未填写正文`, [], { field: `text.${s.text ?? ''}` }),
    );
}

/** The narrative texts in report order, with where each stands ("一、总体情况"). */
function narratives(template: Template): [string, TextKey][] {
  const list: [string, TextKey][] = [['开头段落', 'intro']];
  for (const s of template.sections) if (s.text) list.push([s.heading, s.text]);
  return list;
}

/**
 * "受理/办理…N件" may count this year's applications with last year's carried over: N = 新收 +
 * 上年结转 is consistent, not a mismatch.
 */
function handledWithCarried(
  fact: TextFact,
  quote: string,
  value: number,
  table: number,
  parsed: CellValues,
): boolean {
  if (fact.id !== 'received' || !/受理|办理/.test(quote)) return false;
  const carried = TEXT_FACTS.find((f) => f.id === 'carried')?.cells ?? [];
  return value === table + sumCounts(carried.map((id) => parsed.values.get(id) ?? null));
}

function textTableMismatch(template: Template, report: Report, parsed: CellValues): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const [where, key] of narratives(template)) {
    for (const statement of findStatements(report.text[key] ?? '')) {
      const { fact } = statement;
      if (reported.has(fact.id)) continue;
      const ids = fact.cells.filter((id) => cellsOf(template).has(id));
      if (ids.some((id) => parsed.invalid.has(id))) continue;
      const table = sumCounts(ids.map((id) => parsed.values.get(id) ?? null));
      if (table === statement.value) continue;
      if (handledWithCarried(fact, statement.quote, statement.value, table, parsed)) continue;
      reported.add(fact.id);
      out.push(
        finding(
          'TEXT_TABLE_MISMATCH',
          `${where}写“${statement.quote}”（${statement.value}），而${fact.what}为 ${table}`,
          ids,
          { expected: table, actual: statement.value, field: `text.${key}` },
        ),
      );
    }
  }
  return out;
}
