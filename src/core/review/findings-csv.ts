/**
 * The findings of a review batch as CSV (interfaces.md §4): one line per finding, a line for a file
 * that could not be read, UTF-8 with a BOM so Excel and WPS open the Chinese columns as text.
 */
import { csvDocument, type CsvValue } from '../csv';
import { LEVEL_LABELS } from '../rules/catalogue';
import { DECISION_LABELS, decisionOf } from './decisions';
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
] as const;

/** The rows of one file: its findings, or its read error. */
function rows(entry: ReviewedFile): CsvValue[][] {
  const org = entry.report?.meta.org ?? '';
  if (entry.error !== undefined) {
    return [[entry.file, org, '', LEVEL_LABELS.error, '', `无法读取：${entry.error}`, '', '']];
  }
  return entry.findings.map((finding) => {
    const decided = decisionOf(entry.review, finding);
    return [
      entry.file,
      org,
      finding.rule,
      LEVEL_LABELS[finding.severity],
      finding.cells.join(' '),
      finding.message,
      decided ? DECISION_LABELS[decided.decision] : '',
      decided?.reason ?? '',
    ];
  });
}

/** The CSV text (core/csv.ts: BOM, CRLF, no field a spreadsheet would run). */
export function findingsCsv(files: readonly ReviewedFile[]): string {
  return csvDocument(CSV_HEADER, files.flatMap(rows));
}
