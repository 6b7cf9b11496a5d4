/** Page geometry of the Word output (GB/T 9704-2012, the official format §6), in twips, and the page numbers. */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { PAGE_NUMBER_FONT, SIZE } from './fonts';

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** Top 37 mm, bottom 35 mm, left 28 mm, right 26 mm: a 156 × 225 mm 版心. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
/** The 版心 width, 156 mm (the rounded margins leave 8845): every table is exactly this wide. */
export const TEXT_WIDTH = 8844;
/** Exact line pitch giving 22 lines in the 225 mm 版心 (12755 / 22 ≈ 579.8, rounded down so 22 fit). */
export const LINE_PITCH = 579;
/** Two characters of 三号 (16 pt): the first-line indent. */
export const TWO_CHARS = 640;
/** One character of 四号 (14 pt): the page number's distance from the 版心 edge. */
const ONE_PAGE_NUMBER_CHAR = 280;
/**
 * Footer distance from the page edge. GB/T 9704 puts the number's dash 7 mm below the 版心 (35 mm
 * from the bottom edge), i.e. its middle 28 mm up; half a 四号 line lower is ≈ 25.5 mm.
 */
const FOOTER_DISTANCE = 1446;

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  const font = { ascii: PAGE_NUMBER_FONT, hAnsi: PAGE_NUMBER_FONT, eastAsia: PAGE_NUMBER_FONT };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent:
          alignment === 'right' ? { right: ONE_PAGE_NUMBER_CHAR } : { left: ONE_PAGE_NUMBER_CHAR },
        children: [
          new TextRun({
            font: { ...font, cs: PAGE_NUMBER_FONT, hint: 'eastAsia' },
            size: SIZE.sihao,
            color: '000000',
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/** Section properties and footers: odd pages' number on the right, even pages' on the left. */
export function pageSetup(): Pick<ISectionOptions, 'properties' | 'footers'> {
  return {
    properties: {
      page: {
        size: PAGE,
        margin: { ...MARGIN, header: 851, footer: FOOTER_DISTANCE, gutter: 0 },
      },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
  };
}
