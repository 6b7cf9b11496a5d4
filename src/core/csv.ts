/**
 * The one CSV writer every CSV of the project goes through (the CLI's and the page's exports):
 * RFC 4180 quoting, CRLF line ends and a BOM (what Excel and WPS need to open UTF-8 Chinese text),
 * and no field a spreadsheet would run. A text from a report or a file name — a 机关名称 such as
 * `=HYPERLINK("http://x","点击")` — would become a live formula when the county opens the file, so
 * a text field that starts like a formula gets a leading `'` (OWASP's advice): the spreadsheet
 * shows it as text, and a CSV reader gets the text back whole with that one `'` in front.
 */

/**
 * The first characters a spreadsheet takes as the start of a formula or a command: OWASP's
 * = + - @ TAB CR, LF (a cell may start on its second line), and the full-width ＝ ＋ － ＠ that a
 * Chinese input method types (whether Excel or WPS ever evaluate those is not known to us; the
 * `'` in front costs a reader nothing).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A value of a CSV field: text, or a number (written as a number, never prefixed). */
export type CsvValue = string | number;

/** A text with a formula's first character gets the `'` that makes a spreadsheet show it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field as written: a number as JS writes it (a finite number is never a formula, so a
 * negative one stays a number in the spreadsheet), a text neutralised, then quoted when it holds
 * a quote, comma or line break (quotes doubled). A field with a leading TAB is quoted as well, so
 * no reader trims it away.
 */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: the fields joined with commas. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole CSV file's text: BOM first, the header, then every row, each line ended with CRLF. */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
): string {
  const lines = [csvRecord(header)];
  for (const row of rows) lines.push(csvRecord(row));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
