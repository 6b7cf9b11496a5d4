/**
 * Standard sentences generated from the tables, to insert into the narrative: the figures of
 * 表三 and 表四 as reports usually word them, so the text can never disagree with the tables.
 */
import { sumCounts } from './number';
import type { Report } from './report';
import { t3Applicants, t3GroupTotals, t3RoleCell, t4Cell, t4Totals } from './roles';
import { getTemplate } from './templates';
import { readValues } from './values';

function list(parts: [string, number][]): string {
  return parts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}${n}件`)
    .join('、');
}

/** "本年度共收到政府信息公开申请N件，其中自然人N件……；上年结转N件；……结转下年度继续办理N件。" */
export function requestsSentence(report: Report): string {
  const template = getTemplate(report.template);
  const { num } = readValues(template, report);
  const received = num(t3RoleCell(template, 'received'));
  const byApplicant = list(
    t3Applicants(template).map((c) => [c.label, num(t3RoleCell(template, 'received', c.key))]),
  );
  const results = list(
    template.t3.groups.map((g) => [g.name, sumCounts(t3GroupTotals(template, g.id).map(num))]),
  );
  const parts = [
    `本年度共收到政府信息公开申请${received}件${byApplicant && received > 0 ? `，其中${byApplicant}` : ''}`,
    `上年结转${num(t3RoleCell(template, 'carried'))}件`,
    `本年度办结${num(t3RoleCell(template, 'resultTotal'))}件${results ? `，其中${results}` : ''}`,
    `结转下年度继续办理${num(t3RoleCell(template, 'carryNext'))}件`,
  ];
  return `${parts.join('；')}。`;
}

/** The 行政复议/行政诉讼 sentence of 表四. */
export function reviewSentence(report: Report): string {
  const template = getTemplate(report.template);
  const { num } = readValues(template, report);
  const parts = template.t4.results.filter((r) => r.role !== 'total');
  const review = sumCounts(t4Totals(template, 'review').map(num));
  const suits = template.t4.groups.filter((g) => g.role === 'suit');
  const suit = sumCounts(t4Totals(template, 'suit').map(num));
  if (review + suit === 0) {
    return '本年度未发生因政府信息公开引起的行政复议、行政诉讼。';
  }
  const detail = (group: string) =>
    list(parts.map((r) => [r.label, num(t4Cell(template, group, r.role))]));
  const reviewGroups = template.t4.groups.filter((g) => g.role === 'review');
  const reviewPart =
    review > 0
      ? `政府信息公开行政复议${review}件，其中${reviewGroups.map((g) => detail(g.key)).join('、')}`
      : '政府信息公开行政复议0件';
  const suitParts = suits.flatMap((g) => {
    const n = num(t4Cell(template, g.key, 'total'));
    return n > 0 ? [`${g.name}${n}件（${detail(g.key)}）`] : [];
  });
  const suitPart = `行政诉讼${suit}件${suitParts.length ? `，其中${suitParts.join('，')}` : ''}`;
  return `本年度发生${reviewPart}；${suitPart}。`;
}

/** Both sentences, one per line, ready to insert. */
export function standardSentences(report: Report): string {
  return `${requestsSentence(report)}\n${reviewSentence(report)}`;
}

/**
 * The usual opening paragraph (basis and statistics period, format.md §1) of a report of `org` for
 * `year`: what a new year's report starts with when last year's text is not taken along.
 */
export function openingParagraph(org: string, year: number): string {
  return `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布${org.trim()}${year}年政府信息公开工作年度报告。本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`;
}
