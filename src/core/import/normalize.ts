/** Text clean-up shared by the importers: label keys and source lines without markup. */
import { normalizeDigits } from '../number';

/** Spaces, brackets, quotes and punctuation: none of them tells two labels apart. */
const LABEL_NOISE =
  /[\s\u3000()（）[\]【】{}、，,。.．:：;；“”"'‘’「」『』《》〈〉/／\\·•…—–_|*#`~!！?？=]/g;

/**
 * A label reduced to what identifies it, so "（一） 予以公开", "(一)予以公开" and "结 果 维 持" match the
 * template's wording: no spaces, brackets or punctuation; ASCII digits.
 */
export function labelKey(text: string): string {
  return normalizeDigits(text).replace(LABEL_NOISE, '').replace(/-/g, '');
}

const EDGE_SPACE = /^[\s\u3000\uFEFF]+|[\s\u3000]+$/g;

/** Trim including the ideographic space and a stray BOM. */
export function trimText(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/** Edge spaces but not TABs: a grid row's empty first or last cells are cells. */
const EDGE_SPACE_KEEP_TABS = /^[ \u00a0\u3000\uFEFF]+|[ \u00a0\u3000]+$/g;

/** A grid row of TAB-separated cells: three or more cells, not all empty ("规章\t\t\t" is one). */
export function isTabRow(line: string): boolean {
  const fields = line.split('\t');
  return fields.length >= 3 && fields.some((f) => f.trim() !== '');
}

/**
 * A source line without markdown heading, quote and emphasis markers or <br>, trimmed (a grid
 * row keeps its edge TABs).
 */
export function cleanLine(line: string): string {
  if (isTabRow(line)) {
    return line
      .replace(EDGE_SPACE_KEEP_TABS, '')
      .replace(/\*\*|__/g, '')
      .replace(/<br\s*\/?>/gi, ' ');
  }
  return trimText(line)
    .replace(/^(?:#{1,6}[ \t\u3000]*|>[ \t\u3000]*)+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(EDGE_SPACE, '');
}

/** The lines of a text, any line-break convention. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
}

/** A markdown table separator row such as "|---|:--:|". */
export function isMarkdownRule(line: string): boolean {
  return /^\|?[\s\u3000]*:?-{3,}:?[\s\u3000]*(?:\|[\s\u3000]*:?-{3,}:?[\s\u3000]*)*\|?$/.test(
    trimText(line),
  );
}

const PAGE_NUMBER =
  /^(?:[-—–－─]+[\s\u3000]*\d{1,3}[\s\u3000]*[-—–－─]+|[—–－─]+[\s\u3000]*\d{1,3}|[-—–－─]*[\s\u3000]*\d{1,3}[\s\u3000]*[-—–－─]+|第[\s\u3000]*\d+[\s\u3000]*页(?:[\s\u3000,，/]*共[\s\u3000]*\d+[\s\u3000]*页)?|\d+[\s\u3000]*\/[\s\u3000]*\d+)$/;

/**
 * A page number printed in a PDF ("— 2 —", "-3-", "—4", "第 2 页 共 5 页"). A lone "-8" is a signed
 * number (本年增/减 on a line of its own in PDF text), not a page number.
 */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(trimText(line));
}

/** A line that is only furniture: pipes, a markdown rule, a page number, or nothing. */
export function isFurniture(line: string): boolean {
  return /^[\s\u3000|｜]*$/.test(line) || isMarkdownRule(line) || isPageNumber(line);
}
