/**
 * What a 审核意见 says about one report, item by item, and the conclusion that follows from it.
 * Each finding becomes an item with what the unit has to do about it: fix it, or nothing more
 * (its explanation is accepted, the reviewer does not count it, it is only for reference), or —
 * when the reading of the file is in doubt — nothing for the unit at all until the reviewer has
 * compared the cells with the original. The conclusion is 通过 only when no item is open.
 */
import { cellsOf } from '../cells';
import type { CellValue, Report } from '../report';
import { RULES, type Finding, type RuleId, type Severity } from '../rules/catalogue';
import { cellTitle } from '../rules/context';
import { getTemplate } from '../templates';
import { decisionOf, findingKey, type ReportReview } from './decisions';
import { hash64 } from './fingerprint';
import { fixHint } from './fix-hints';
import type { Disposition } from './dispositions';
import type { ReviewedFile } from './reviewed-file';

export { DISPOSITIONS, DISPOSITION_LABELS, type Disposition } from './dispositions';

/** One item of a unit's 审核意见 (a type, not an interface: the opinion file's schema keeps unknown fields). */
export type OpinionItem = {
  /** Stable within the report: the same finding on the same report has the same id. */
  readonly id: string;
  readonly rule: RuleId;
  /** The rule's Chinese title. */
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly cells: string[];
  /** Chinese names of its places: "表三 一、本年新收政府信息公开申请数量 自然人", "一、总体情况". */
  readonly places: string[];
  /** Its several cells in a line, grouped by row or column ("" for fewer than two cells). */
  readonly where: string;
  /** A non-cell place (form field name), as in the finding. */
  readonly field?: string;
  /** The cells' values as reviewed: a later report whose values differ was changed there. */
  readonly values: Readonly<Record<string, CellValue>>;
  /** What to do about it, in the words a reviewer writes back. */
  readonly fix: string;
  readonly disposition: Disposition;
  /** The unit's explanation (情况属实), when it gave one. */
  readonly explanation?: string;
  /** The reviewer's words on it (why confirmed, accepted, not accepted or not counted). */
  readonly note?: string;
};

/** Whether an item asks the unit to do something before the report passes. */
export function isOpen(item: Pick<OpinionItem, 'disposition'>): boolean {
  return item.disposition === 'fix' || item.disposition === 'explained-rejected';
}

/** The reading doubt of a finding: its cells not read as printed (set by the importer's check). */
export function readingDoubt(
  finding: Finding,
): { readonly cells: readonly string[]; readonly reason: string } | undefined {
  const doubt = (finding as { readonly doubt?: unknown }).doubt;
  if (typeof doubt !== 'object' || doubt === null) return undefined;
  const { cells, reason } = doubt as { cells?: unknown; reason?: unknown };
  return {
    cells: Array.isArray(cells) ? cells.filter((c): c is string => typeof c === 'string') : [],
    reason: typeof reason === 'string' ? reason : '',
  };
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  'meta.org': '机关名称',
  'meta.year': '报告年度',
  'meta.date': '成文日期',
  'meta.template': '报告格式',
  'text.intro': '正文开头',
};

/** The Chinese names of a finding's places: its cells, else its field (a section's heading). */
export function placeNames(report: Report | undefined, finding: Finding): string[] {
  if (!report) return finding.cells.slice();
  const template = getTemplate(report.template);
  if (finding.cells.length > 0) {
    const cells = cellsOf(template);
    return finding.cells.map((id) => {
      const info = cells.get(id);
      return info ? cellTitle(template, info) : id;
    });
  }
  if (!finding.field) return [];
  const section = template.sections.find((s) => s.text && `text.${s.text}` === finding.field);
  return [section?.heading ?? FIELD_NAMES[finding.field] ?? finding.field];
}

/** How many labels a group of `where` names before it only counts the rest. */
const GROUP_SHOWN = 8;

/**
 * A finding's cells in one line, grouped by row when they are fewer rows than columns (a row's
 * sum), else by column (a column's balance): "表三“自然人”栏的（七）总计、一、本年新收…".
 */
function whereText(report: Report | undefined, finding: Finding): string {
  if (!report || finding.cells.length < 2) return '';
  const template = getTemplate(report.template);
  const cells = cellsOf(template);
  const infos = finding.cells.flatMap((id) => cells.get(id) ?? []);
  if (infos.length === 0) return '';
  const distinct = (key: (info: (typeof infos)[number]) => string) => new Set(infos.map(key)).size;
  const byRow = distinct((i) => i.table + i.row) <= distinct((i) => i.table + i.col);
  const groups = new Map<string, string[]>();
  for (const info of infos) {
    const table = template.tables[info.table].name;
    const head = byRow ? `${table}“${info.row}”行的` : `${table}“${info.col}”栏的`;
    const list = groups.get(head) ?? [];
    list.push(byRow ? info.col : info.row);
    groups.set(head, list);
  }
  return [...groups]
    .map(([head, parts]) => {
      const shown = parts.slice(0, GROUP_SHOWN).join('、');
      return `${head}${shown}${parts.length > GROUP_SHOWN ? `等${parts.length}项` : ''}`;
    })
    .join('；');
}

function dispositionOf(finding: Finding, review: ReportReview | undefined): Disposition {
  const decision = decisionOf(review, finding)?.decision;
  if (readingDoubt(finding) && decision === undefined) return 'doubt';
  if (finding.explained && finding.severity !== 'error')
    return decision === 'confirmed' ? 'explained-rejected' : 'explained-accepted';
  if (decision === 'dismissed') return 'dismissed';
  return finding.severity === 'info' ? 'info' : 'fix';
}

/** The item of one finding of `report`. */
export function opinionItem(
  report: Report | undefined,
  finding: Finding,
  review: ReportReview | undefined,
): OpinionItem {
  const decided = decisionOf(review, finding);
  return {
    id: hash64(findingKey(finding)).slice(0, 12),
    rule: finding.rule,
    title: RULES[finding.rule].title,
    severity: finding.severity,
    message: finding.message,
    cells: [...finding.cells],
    places: placeNames(report, finding),
    where: whereText(report, finding),
    ...(finding.field ? { field: finding.field } : {}),
    values: Object.fromEntries(finding.cells.map((id) => [id, report?.cells[id] ?? null])),
    fix: fixHint(finding.rule),
    disposition: dispositionOf(finding, review),
    ...(finding.explained ? { explanation: finding.explained.reason } : {}),
    ...(decided?.reason.trim() ? { note: decided.reason.trim() } : {}),
  };
}

/** Every finding of a reviewed file as an item of its opinion, in the findings' order. */
export function opinionItems(file: ReviewedFile): OpinionItem[] {
  const seen = new Set<string>();
  return file.findings.map((finding) => {
    const item = opinionItem(file.report, finding, file.review);
    // Two findings with the same key (a rule repeating itself) keep apart ids.
    let id = item.id;
    for (let n = 2; seen.has(id); n++) id = `${item.id}-${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

export type Conclusion = 'passed' | 'returned' | 'unreadable';

export const CONCLUSION_LABELS: Readonly<Record<Conclusion, string>> = {
  passed: '通过',
  returned: '退回修改',
  unreadable: '无法读取',
};

/**
 * The conclusion of a unit's opinion: 无法读取 without a report; 退回修改 with any open item, or
 * when the reviewer returns it by hand (with a comment saying why); 通过 otherwise. A reviewer's
 * 通过 never hides an open item.
 */
export function conclusionOf(
  file: Pick<ReviewedFile, 'report' | 'review'>,
  items: readonly OpinionItem[],
): Conclusion {
  if (!file.report) return 'unreadable';
  if (items.some(isOpen) || file.review?.status === 'returned') return 'returned';
  return 'passed';
}
