/**
 * OCR words as a PDF text layer: each box becomes a text piece in PDF units (1/72 inch, y up from
 * the page's foot), so the same line and table readers that read a PDF's own text read a scan.
 */
import type { TextPiece } from '../source/pdf-lines';
import type { OcrPage } from './read-page';

/** A box's text height is about this share of the box (the detector's unclip adds a margin). */
const TEXT_SHARE = 0.7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The text pieces of scanned pages, page numbers from 1. */
export function ocrPieces(pages: readonly OcrPage[]): TextPiece[] {
  return pages.flatMap((page, i) => {
    const unit = 72 / page.dpi;
    // A short glyph ("二", "0", "、") gets a short box; its text is still of the line's size, and
    // the line readers' tolerances scale with the size.
    const body = median(page.words.map((w) => w.box.bottom - w.box.top));
    return page.words.map((word) => {
      const { left, right, top, bottom } = word.box;
      const height = Math.max(bottom - top, body);
      // The baseline from the box's middle, not its foot: a box's height varies with what it
      // holds ("0" against "（二）"), its middle much less, and the line readers group by baseline.
      const baseline = (top + bottom) / 2 + (height * TEXT_SHARE) / 2;
      return {
        page: i + 1,
        text: word.text,
        x: left * unit,
        y: (page.height - baseline) * unit,
        width: (right - left) * unit,
        size: height * TEXT_SHARE * unit,
      };
    });
  });
}
