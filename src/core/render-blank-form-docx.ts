/**
 * The blank form (空白表样) as a .docx, in the report's Word layout; loaded on demand like
 * render-docx.ts (it brings the docx package).
 */
import { blankFormBlocks, blankFormTitle } from './render-blank-form';
import { blocksToDocx } from './docx/document';
import type { DocxOptions } from './docx/fonts';
import type { Report } from './report';
import { xmlSafeValue } from './xml-chars';

/** The blank form of `report`'s format, for its 机关 and year, as .docx bytes. */
export async function renderBlankFormDocx(
  original: Pick<Report, 'meta' | 'template'>,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const report = xmlSafeValue(original).value;
  return blocksToDocx(
    blankFormBlocks(report),
    { title: blankFormTitle(report), creator: report.meta.org },
    xmlSafeValue(options).value,
  );
}
