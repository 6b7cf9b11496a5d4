/**
 * The heading lines of an imported report's text, as printed: every short line that starts with an
 * outline number ("一、", "第二部分", "3、", "（一）", "1.", markdown "## ") and reads as a title,
 * not a sentence or a table row. The OUTLINE rule (county/outline.ts) judges their numbering; the
 * importer only collects them, in order, so a reviewer sees the lines the finding names.
 */
import { TEMPLATES } from '../templates';
import { labelKey, trimText } from './normalize';
import { hasNumberCell } from './table/tokens';

/** An outline number at the start of a line (after a markdown "#"), then the title. */
const NUMBERED =
  /^(?:#{1,6}[\s\u3000]*)?(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[、．]|\.(?!\d))|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])[\s\u3000]*\S/;

/** The labels of every format's tables ("（一）予以公开", "1.属于国家秘密"): rows, not headings. */
const TABLE_LABELS: ReadonlySet<string> = new Set(
  TEMPLATES.flatMap((t) => [
    ...t.t3.rows.map((r) => labelKey(r.label)),
    ...Object.values(t.tables).flatMap((table) =>
      [...table.header, ...table.body]
        .flat()
        .flatMap((cell) => (cell.type === 'label' ? [labelKey(cell.text)] : [])),
    ),
  ]),
);

/** Whether a line is a heading by its form (see the module doc). */
export function isHeadingLine(line: string): boolean {
  const text = trimText(line);
  if (text.length > 40 || /[\t|｜]/.test(text) || !NUMBERED.test(text)) return false;
  // A sentence (a comma or a full stop inside) is a numbered paragraph, not a heading.
  if (/[，,；;！？!?]|。./.test(text) || hasNumberCell(text)) return false;
  return !TABLE_LABELS.has(labelKey(text));
}

/** The heading lines of a text, trimmed, in order. */
export function headingLines(lines: readonly string[]): string[] {
  return lines.map(trimText).filter(isHeadingLine);
}
