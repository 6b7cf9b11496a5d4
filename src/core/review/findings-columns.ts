/**
 * The columns of the findings CSV (interfaces.md §4): the contract's eight first (file, 机关, rule
 * id, level, cell ids, message, the reviewer's decision and reason), then the same findings for
 * people — the rule's Chinese title, the cells' Chinese names (row and column labels), whether the
 * unit explained it and why, what the review made of it, and the report's conclusion.
 */
import { LEVEL_LABELS, RULES } from '../rules/catalogue';
import { DECISION_LABELS, decisionOf } from './decisions';
import { conclusionOf, CONCLUSION_LABELS, DISPOSITION_LABELS, opinionItems } from './opinion-items';
import type { ReviewedFile } from './reviewed-file';

export const CSV_HEADER = [
  'file',
  '机关',
  'rule',
  'level',
  'cells',
  'message',
  'decision',
  'reason',
  '规则名称',
  '单元格名称',
  '说明状态',
  '单位说明理由',
  '审核处理',
  '审核结论',
  '读取存疑',
] as const;

/** The rows of one file: its findings, or its read error. */
export function findingRows(entry: ReviewedFile): string[][] {
  const org = entry.report?.meta.org ?? '';
  if (entry.error !== undefined || !entry.report) {
    const message = `无法读取：${entry.error ?? ''}`;
    return [
      [
        entry.file,
        org,
        '',
        LEVEL_LABELS.error,
        '',
        message,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        CONCLUSION_LABELS.unreadable,
        '',
      ],
    ];
  }
  const items = opinionItems(entry);
  const conclusion = CONCLUSION_LABELS[conclusionOf(entry, items)];
  return entry.findings.map((finding, i) => {
    const decided = decisionOf(entry.review, finding);
    const item = items[i];
    return [
      entry.file,
      org,
      finding.rule,
      LEVEL_LABELS[finding.severity],
      finding.cells.join(' '),
      finding.message,
      decided ? DECISION_LABELS[decided.decision] : '',
      decided?.reason ?? '',
      RULES[finding.rule].title,
      item?.places.join('；') ?? '',
      finding.explained ? '已说明' : '',
      finding.explained?.reason ?? '',
      item ? DISPOSITION_LABELS[item.disposition] : '',
      conclusion,
      // A finding on cells not read as printed: the reviewer checks them against the original.
      finding.doubt
        ? `请对照原文核对：${finding.doubt.cells.join(' ')}（${finding.doubt.reason}）`
        : '',
    ];
  });
}
