/**
 * Standard sentences generated from the tables, to insert into the narrative: the figures of
 * 表三 and 表四 as reports usually word them, so the text can never disagree with the tables.
 */
import type { Report } from './report';
import { sumCounts } from './number';
import { parseCells } from './rules/check';
import { getTemplate } from './templates';

function counter(report: Report): (id: string) => number {
  const { values } = parseCells(getTemplate(report.template), report);
  return (id) => values.get(id) ?? 0;
}

function list(parts: [string, number][]): string {
  return parts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}${n}件`)
    .join('、');
}

/** "本年度共收到政府信息公开申请N件，其中自然人N件……；上年结转N件；……结转下年度继续办理N件。" */
export function requestsSentence(report: Report): string {
  const template = getTemplate(report.template);
  const n = counter(report);
  const { columns } = template.t3;
  const received = n('t3_new_total');
  const byApplicant = list(
    columns.filter((c) => c.key !== 'total').map((c) => [c.label, n(`t3_new_${c.key}`)]),
  );
  const groups: [string, string[]][] = [
    ['予以公开', ['open']],
    ['部分公开', ['partial']],
    ['不予公开', template.t3.resultRows.filter((r) => r.startsWith('deny_'))],
    ['无法提供', template.t3.resultRows.filter((r) => r.startsWith('unable_'))],
    ['不予处理', template.t3.resultRows.filter((r) => r.startsWith('reject_'))],
    ['其他处理', template.t3.resultRows.filter((r) => r.startsWith('other_'))],
  ];
  const results = list(
    groups.map(([label, rows]) => [label, sumCounts(rows.map((r) => n(`t3_${r}_total`)))]),
  );
  const parts = [
    `本年度共收到政府信息公开申请${received}件${byApplicant && received > 0 ? `，其中${byApplicant}` : ''}`,
    `上年结转${n('t3_carried_total')}件`,
    `本年度办结${n('t3_result_total_total')}件${results ? `，其中${results}` : ''}`,
    `结转下年度继续办理${n('t3_carry_next_total')}件`,
  ];
  return `${parts.join('；')}。`;
}

/** The 行政复议/行政诉讼 sentence of 表四. */
export function reviewSentence(report: Report): string {
  const template = getTemplate(report.template);
  const n = counter(report);
  const results = template.t4.results.filter((r) => r.key !== 'total');
  const review = n('t4_review_total');
  const direct = n('t4_suit_direct_total');
  const after = n('t4_suit_after_total');
  if (review + direct + after === 0) {
    return '本年度未发生因政府信息公开引起的行政复议、行政诉讼。';
  }
  const detail = (group: string) => list(results.map((r) => [r.label, n(`t4_${group}_${r.key}`)]));
  const reviewPart =
    review > 0
      ? `政府信息公开行政复议${review}件，其中${detail('review')}`
      : '政府信息公开行政复议0件';
  const suits = [
    direct > 0 ? `未经复议直接起诉${direct}件（${detail('suit_direct')}）` : '',
    after > 0 ? `复议后起诉${after}件（${detail('suit_after')}）` : '',
  ].filter(Boolean);
  const suitPart = `行政诉讼${direct + after}件${suits.length ? `，其中${suits.join('，')}` : ''}`;
  return `本年度发生${reviewPart}；${suitPart}。`;
}

/** Both sentences, one per line, ready to insert. */
export function standardSentences(report: Report): string {
  return `${requestsSentence(report)}\n${reviewSentence(report)}`;
}
