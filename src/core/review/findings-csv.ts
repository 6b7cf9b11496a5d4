/**
 * The findings of a review batch as CSV (interfaces.md §4): one line per finding, a line for a file
 * that could not be read, UTF-8 with a BOM so Excel and WPS open the Chinese columns as text.
 */
import { CSV_HEADER, findingRows } from './findings-columns';
import type { ReviewedFile } from './reviewed-file';

export { CSV_HEADER };

/** RFC 4180 quoting: a field with a quote, comma or line break is quoted, quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(values: readonly string[]): string {
  return values.map(field).join(',');
}

/** The CSV text, BOM first, CRLF line ends (what Excel writes and expects). */
export function findingsCsv(files: readonly ReviewedFile[]): string {
  const lines = [line(CSV_HEADER), ...files.flatMap(findingRows).map(line)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
