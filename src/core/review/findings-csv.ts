/**
 * The findings of a review batch as CSV (interfaces.md §4): one line per finding, a line for a file
 * that could not be read, UTF-8 with a BOM so Excel and WPS open the Chinese columns as text.
 */
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

/** RFC 4180 quoting: a field with a quote, comma or line break is quoted, quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(values: readonly string[]): string {
  return values.map(field).join(',');
}

/** The rows of one file: its findings, or its read error. */
function rows(entry: ReviewedFile): string[][] {
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

/** The CSV text, BOM first, CRLF line ends (what Excel writes and expects). */
export function findingsCsv(files: readonly ReviewedFile[]): string {
  const lines = [line(CSV_HEADER), ...files.flatMap(rows).map(line)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
