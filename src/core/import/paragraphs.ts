/**
 * Narrative text as the report file keeps it: one paragraph per line. Lines broken by PDF or by a
 * fixed width are joined again — a line continues when it does not end a sentence or clause
 * (。！？：；) and the next line does not start a heading or list item; sub-headings stay apart.
 */

/** A sentence or clause ends here (closing quotes and brackets looked through). */
const ENDS = /[。！？：；!?:;][”’"'）)」』]*$/;

/** The next line starts a heading or a list item: （一） 一、 1、 1. */
const STARTS =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．]|\d{1,2}\.(?!\d))/;

/** A line that is a sub-heading of its own: "（一）主动公开政府信息情况", "(二) 改进措施". */
const SUB_HEADING =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])[\s\u3000]*[^，,。；;！？!?]{1,40}[。.]?$/;

/** The paragraphs of a run of narrative lines (already cleaned and trimmed; blanks skipped). */
export function joinParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && !ENDS.test(last) && !SUB_HEADING.test(last) && !STARTS.test(line)) {
      paragraphs[paragraphs.length - 1] = last + line;
    } else {
      paragraphs.push(line);
    }
  }
  return paragraphs;
}
