/**
 * A narrative section read as its parts: the sub-headings a report writes in it ("（一）主动公开",
 * "(二) 政府信息依申请公开办理情况", "一、…", or a heading that opens a paragraph: "（一）加强领导，
 * 统一部署。成立…"), each with the text up to the next heading of the same style. Used to find
 * where a report states what a local requirement asks of one part.
 */
import { normalizeDigits } from '../number';

export interface TextPart {
  /** The heading without its number: "主动公开政府信息情况". Empty for the lead text. */
  readonly heading: string;
  /** The heading as written, number included: "（一）主动公开政府信息情况". Empty for the lead text. */
  readonly line: string;
  /** The part's text after its heading, up to the next heading: what the part states. */
  readonly body: string;
}

const NUMERAL = '[一二三四五六七八九十]+';
/** A heading's number, by style: "（一）" / "(一)" and "一、". */
const STYLES: readonly RegExp[] = [
  new RegExp(`^\\s*[（(]\\s*${NUMERAL}\\s*[)）]\\s*`),
  new RegExp(`^\\s*${NUMERAL}\\s*、\\s*`),
];
/** Where a heading written at the start of a paragraph ends. */
const HEADING_END = /[。：:！!？?]/;
/** A heading is at most this long; a longer first clause is a numbered paragraph's text. */
const HEADING_MAX = 40;

function styleOf(line: string): number {
  return STYLES.findIndex((style) => style.test(line));
}

/** A heading line split: its number, its heading, and the text that follows it on the line. */
function splitHeading(line: string, style: number) {
  const number = STYLES[style]?.exec(line)?.[0] ?? '';
  const rest = line.slice(number.length);
  const end = rest.search(HEADING_END);
  // A long first clause is not a heading: the paragraph is only numbered ("（一）…，…，…。").
  const cut = end >= 0 && end <= HEADING_MAX ? end : rest.length <= HEADING_MAX ? rest.length : 0;
  const heading = rest.slice(0, cut).trim();
  return {
    heading,
    line: `${number.trim()}${heading}`,
    body: rest.slice(cut).replace(/^[。：:！!？?]/, ''),
  };
}

/**
 * The section's parts in order: the lead text (heading ""), then one part per heading of the
 * style the first heading uses (a "（一）" inside "一、" parts is part of their text).
 */
export function textParts(text: string): TextPart[] {
  const lines = text.split('\n');
  const style = lines.map(styleOf).find((s) => s >= 0) ?? -1;
  const parts: { heading: string; line: string; lines: string[] }[] = [
    { heading: '', line: '', lines: [] },
  ];
  for (const line of lines) {
    if (style >= 0 && styleOf(line) === style) {
      const { heading, line: head, body } = splitHeading(line, style);
      parts.push({ heading, line: head, lines: [body] });
    } else {
      parts.at(-1)?.lines.push(line);
    }
  }
  return parts
    .map((p) => ({ heading: p.heading, line: p.line, body: p.lines.join('\n') }))
    .filter((p) => p.heading !== '' || p.body.trim() !== '');
}

/** Sentences: 。！？ and line breaks end one (a ； does not: items of one statement). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Numbers that are not figures: years, dates, document numbers, ordinals, times. */
const NOT_FIGURES: readonly RegExp[] = [
  /[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d*\s*号?/g, // 〔2025〕54号
  /\d+\s*号/g,
  /\d{4}\s*年度?/g,
  /\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/g,
  /\d{1,2}\s*日/g,
  /第\s*[\d一二三四五六七八九十百千]+/g,
  /\d{1,2}\s*[:：]\s*\d{2}/g,
];

/** A Chinese numeral counting something: "三条", "十二期", "两个", "一百余条". */
const CHINESE_FIGURE =
  /[零〇一二两三四五六七八九十百千万]+\s*(?:余|多)?\s*(?:条|件|个|期|篇|次|家|项|场|批|份|处|类|名|人|户|所|套|部|栏|万|千|百)/;

/** Words with a numeral that count nothing: "统一部署", "一网通办", "高效办成一件事". */
const NUMERAL_WORDS =
  /统一|唯一|之一|一一|万一|千家万户|一体|一致|一律|一直|一般|一线|一些|一定|进一步|一步|一事一|一站式|一网|一窗|一门|一次办|一件事|跑一次|一把手|一起抓/g;

/** Whether a sentence states a figure (a count, amount or share), not only a year or a date. */
export function hasFigure(sentence: string): boolean {
  let text = normalizeDigits(sentence);
  for (const pattern of NOT_FIGURES) text = text.replace(pattern, ' ');
  if (/\d/.test(text)) return true;
  // A Chinese numeral counts only with a unit, and not inside a set phrase.
  return CHINESE_FIGURE.test(text.replace(NUMERAL_WORDS, ' '));
}

/**
 * The length of a text as a notice's "不超过一千字" counts it: every character except white space
 * (spaces, full-width spaces, tabs, line breaks) counts one — 汉字, punctuation, digits and Latin
 * letters alike, the format's sub-headings included. This is what Word and WPS show as 字符数（不计
 * 空格）; a character outside the Basic Multilingual Plane counts one, not two.
 */
export function countChars(text: string): number {
  const letters = text.replace(/\s+/g, '');
  // A surrogate pair is one character (two UTF-16 units).
  return letters.length - (letters.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}
