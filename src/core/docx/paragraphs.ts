/** Title, headings, body paragraphs and the signature as Word paragraphs (the official format §6). */
import {
  AlignmentType,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { HEADING_FONT, runLook, SIZE, TITLE_FONT, type DocxOptions, type RunLook } from './fonts';
import { LINE_PITCH, TWO_CHARS } from './page';

type Fonts = Required<DocxOptions>;

const exact = (before = 0, after = 0) => ({
  line: LINE_PITCH,
  lineRule: LineRuleType.EXACT,
  before,
  after,
});

/**
 * 三号 text drawn 0.25 pt tighter per character, so a 156 mm line holds the 28 characters of
 * GB/T 9704 (28 × 16 pt would need 448 pt of the 442 pt 版心 and leave 27).
 */
function sanhao(font: string): RunLook {
  return { ...runLook(font, SIZE.sanhao), characterSpacing: -5 };
}

function paragraph(
  text: string,
  look: RunLook,
  options: Omit<IParagraphOptions, 'children' | 'run' | 'text'>,
): Paragraph {
  return new Paragraph({ ...options, run: look, children: [new TextRun({ ...look, text })] });
}

/** Characters of 二号 that fit on a 156 mm line. */
const TITLE_LINE_CHARS = 20;

/** Width in full-width characters: ASCII (the year's digits) counts half. */
function charWidth(text: string): number {
  return text.length - text.replace(/[^\x20-\x7e]/g, '').length / 2;
}

/**
 * The title: 方正小标宋简体 二号, centred, one blank line below it. A title too long for one line
 * breaks after the 机关名称 rather than wherever the line runs out (GB/T 9704: 回行时词意完整).
 */
export function titleParagraph(text: string, lines: readonly string[]): Paragraph {
  const look = runLook(TITLE_FONT, SIZE.erhao);
  const parts = charWidth(text) <= TITLE_LINE_CHARS ? [text] : lines;
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: exact(0, LINE_PITCH),
    run: look,
    children: parts.map(
      (part, i) => new TextRun({ ...look, text: part, ...(i > 0 ? { break: 1 } : {}) }),
    ),
  });
}

/**
 * Body alignment: 两端对齐 as official documents are, with punctuation allowed to hang past the
 * margin (`w:overflowPunct` on). Word and WPS hang a 、/。 that ends a full line either way; without
 * the explicit `overflowPunct`, LibreOffice 7.4 drops it from a justified line (seen in 5 of our 6
 * fixtures; `overflowPunct="0"`, `kinsoku`, `characterSpacingControl` and `noPunctuationKerning`
 * do not help, a `linesAndChars` grid loses more), so the LibreOffice test counts every mark.
 */
const BODY_ALIGNMENT = AlignmentType.BOTH;
const BODY_PUNCTUATION = { overflowPunctuation: true } as const;

/** 一、 headings in 黑体 三号, （一） headings in 楷体 三号; both indented like the body. */
export function headingParagraph(text: string, level: 1 | 2, fonts: Fonts): Paragraph {
  return paragraph(text, sanhao(level === 1 ? HEADING_FONT : fonts.kaiFont), {
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    alignment: BODY_ALIGNMENT,
    ...BODY_PUNCTUATION,
    indent: { firstLine: TWO_CHARS },
    spacing: exact(),
    keepNext: true,
  });
}

/** A body paragraph: 仿宋 三号, two-character first-line indent. */
export function bodyParagraph(text: string, fonts: Fonts): Paragraph {
  return paragraph(text, sanhao(fonts.bodyFont), {
    alignment: BODY_ALIGNMENT,
    ...BODY_PUNCTUATION,
    indent: { firstLine: TWO_CHARS },
    spacing: exact(),
  });
}

/** 主送机关: flush left with no indent, below the title's blank line (GB/T 9704 7.3.2). */
export function addresseeParagraph(text: string, fonts: Fonts): Paragraph {
  return paragraph(text, sanhao(fonts.bodyFont), {
    alignment: AlignmentType.LEFT,
    spacing: exact(),
    keepNext: true,
  });
}

/** 署名 and 成文日期: right-aligned two characters in, two blank lines above. */
export function signatureParagraphs(lines: readonly string[], fonts: Fonts): Paragraph[] {
  return lines.map((line, i) =>
    paragraph(line, sanhao(fonts.bodyFont), {
      alignment: AlignmentType.RIGHT,
      indent: { right: TWO_CHARS },
      spacing: exact(i === 0 ? 2 * LINE_PITCH : 0),
      ...(i < lines.length - 1 ? { keepNext: true } : {}),
    }),
  );
}
