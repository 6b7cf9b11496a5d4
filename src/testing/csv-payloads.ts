/**
 * Texts that a spreadsheet runs when a CSV field starts with them (OWASP's CSV injection list and
 * a few more), for the tests of every CSV the project writes; and a CSV reader that is not ours.
 */
import { parse } from 'csv-parse/sync';

export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://x","点击")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '＝1+1',
  '－1',
] as const;

/** The same payloads as file names can carry them (no line breaks, no `/`). */
export const FORMULA_FILE_NAMES = [
  '=HYPERLINK("http:x","点击").json',
  '+1+1.json',
  '-2+3.json',
  '@SUM(1+1).json',
  '\t=1+1.json',
] as const;

/** Read CSV text as a spreadsheet's importer does: csv-parse, an independent RFC 4180 reader. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true });
  return rows;
}
