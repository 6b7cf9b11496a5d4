/**
 * The 审核意见 document as layout blocks: one section per report with its open problems in plain
 * Chinese, the cells, what to fix, and the reviewer's decisions and comment. The Word renderer of
 * the report draws it, so it comes out in the same GB/T 9704 style.
 */
import { cellsOf } from '../cells';
import { formatDate, type Block } from '../layout';
import { cellTitle } from '../rules/context';
import type { Finding, Severity } from '../rules/catalogue';
import { getTemplate } from '../templates';
import { LEVEL_LABELS } from '../rules/catalogue';
import { decisionOf, reviewCounts, STATUS_LABELS } from './decisions';
import { fixHint } from './fix-hints';
import type { ReviewedFile } from './reviewed-file';

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 12 → 十二, 105 → 一百零五 (the 一、 headings of up to 9999 reports). */
export function chineseOrdinal(n: number): string {
  const digits = String(n).split('').map(Number);
  let text = '';
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      if (!text.endsWith('零') && i < digits.length - 1) text += '零';
    } else text += `${DIGITS[d] ?? ''}${unit}`;
  });
  text = text.replace(/零+$/, '');
  return n >= 10 && n < 20 ? text.replace(/^一十/, '十') : text;
}

const LEVEL_HEADINGS: Readonly<Record<Severity, string>> = {
  error: '强制性问题（必须修改）',
  warning: '核实性问题（请修改或说明）',
  info: '提示性问题（供参考）',
};

/** The cells of a finding that names several (its message already names a single one). */
function cellNames(entry: ReviewedFile, finding: Finding): string {
  if (!entry.report || finding.cells.length < 2) return '';
  const template = getTemplate(entry.report.template);
  const cells = cellsOf(template);
  const names = finding.cells.map((id) => {
    const info = cells.get(id);
    return info ? cellTitle(template, info) : id;
  });
  const shown = names.slice(0, 6).join('；');
  return `（涉及：${shown}${names.length > 6 ? ` 等${names.length}处` : ''}）`;
}

function findingParagraph(entry: ReviewedFile, finding: Finding, n: number): string {
  const decided = decisionOf(entry.review, finding);
  const note =
    decided?.decision === 'confirmed' && decided.reason ? `审核说明：${decided.reason}` : '';
  const message = /[。！？）)]$/.test(finding.message) ? finding.message : `${finding.message}。`;
  return `${n}. ${message}${cellNames(entry, finding)}修改建议：${fixHint(finding.rule)}${note}`;
}

function levelBlocks(entry: ReviewedFile, open: readonly Finding[]): Block[] {
  const blocks: Block[] = [];
  let group = 0;
  for (const severity of ['error', 'warning', 'info'] as const) {
    const items = open.filter((f) => f.severity === severity);
    if (items.length === 0) continue;
    group++;
    blocks.push({
      type: 'heading',
      level: 2,
      text: `（${chineseOrdinal(group)}）${LEVEL_HEADINGS[severity]}`,
    });
    items.forEach((f, i) =>
      blocks.push({ type: 'paragraph', text: findingParagraph(entry, f, i + 1) }),
    );
  }
  return blocks;
}

function explainedBlock(entry: ReviewedFile): Block[] {
  const explained = entry.findings.filter(
    (f) => decisionOf(entry.review, f)?.decision === 'dismissed',
  );
  if (explained.length === 0) return [];
  const items = explained.map(
    (f) => `${f.message}（${decisionOf(entry.review, f)?.reason ?? ''}）`,
  );
  return [
    { type: 'paragraph', text: `经核实不作为问题的${explained.length}项：${items.join('；')}。` },
  ];
}

/** The section of one report. */
function reportBlocks(entry: ReviewedFile, n: number): Block[] {
  const org = entry.report?.meta.org ?? entry.file;
  const head: Block = { type: 'heading', level: 1, text: `${chineseOrdinal(n)}、${org}` };
  if (!entry.report) {
    return [
      head,
      {
        type: 'paragraph',
        text: `报告文件“${entry.file}”无法读取：${entry.error ?? ''}请重新报送可读取的文件。`,
      },
    ];
  }
  const review = entry.review;
  const counts = reviewCounts(entry.findings, review);
  const open = entry.findings.filter((f) => decisionOf(review, f)?.decision !== 'dismissed');
  const status = review ? STATUS_LABELS[review.status] : STATUS_LABELS.pending;
  const parts = (
    [
      ['error', counts.errors],
      ['warning', counts.warnings],
      ['info', counts.info],
    ] as const
  ).flatMap(([level, n]) => (n > 0 ? [`${LEVEL_LABELS[level]}问题${n}个`] : []));
  const summary = parts.length === 0 ? '未发现需要修改的问题。' : `共有${parts.join('、')}。`;
  const blocks: Block[] = [
    head,
    {
      type: 'paragraph',
      text: `${entry.report.meta.year}年度报告，${getTemplate(entry.report.template).name}，文件“${entry.file}”。审核结论：${status}。${summary}`,
    },
    ...levelBlocks(entry, open),
    ...explainedBlock(entry),
  ];
  if (review?.comment.trim())
    blocks.push({ type: 'paragraph', text: `审核意见：${review.comment.trim()}` });
  return blocks;
}

export interface OpinionOptions {
  /** 审核单位, signed at the end. */
  readonly reviewer?: string;
  /** 成文日期, ISO yyyy-mm-dd. */
  readonly date?: string;
}

/** The title of the 审核意见. */
export function opinionTitle(files: readonly ReviewedFile[]): string {
  const years = [...new Set(files.flatMap((f) => (f.report ? [f.report.meta.year] : [])))].sort();
  const year = years.length === 1 ? `${years[0]}年度` : '';
  return `关于${year}政府信息公开工作年度报告的审核意见`;
}

/** The whole 审核意见 as blocks. */
export function opinionBlocks(
  files: readonly ReviewedFile[],
  options: OpinionOptions = {},
): Block[] {
  const title = opinionTitle(files);
  const split = title.indexOf('政府信息公开');
  const blocks: Block[] = [
    { type: 'title', text: title, lines: [title.slice(0, split), title.slice(split)] },
    {
      type: 'paragraph',
      text: `对报送的${files.length}份政府信息公开工作年度报告进行了审核，意见如下。`,
    },
    ...files.flatMap((entry, i) => reportBlocks(entry, i + 1)),
  ];
  const signature = [
    options.reviewer?.trim(),
    options.date ? formatDate(options.date) : undefined,
  ].filter((line): line is string => Boolean(line));
  if (signature.length > 0) blocks.push({ type: 'signature', lines: signature });
  return blocks;
}
