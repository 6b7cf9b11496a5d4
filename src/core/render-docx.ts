/**
 * Word renderer over the layout model: the report as a .docx in the GB/T 9704 layout
 * (the official format §6), with the report file embedded so importing it back is exact.
 */
import { Document, Packer, type FileChild } from 'docx';
import {
  DEFAULT_DOCX_OPTIONS,
  HEADING_FONT,
  runLook,
  SIZE,
  TITLE_FONT,
  type DocxOptions,
} from './docx/fonts';
import { pageSetup } from './docx/page';
import {
  bodyParagraph,
  headingParagraph,
  signatureParagraphs,
  titleParagraph,
} from './docx/paragraphs';
import { docxTable } from './docx/table';
import { layoutReport, reportTitle, type Block } from './layout';
import type { Report } from './report';
import { embedReport } from './report-embed';
import { xmlSafeValue } from './xml-chars';

function renderBlock(block: Block, fonts: Required<DocxOptions>): FileChild[] {
  switch (block.type) {
    case 'title':
      return [titleParagraph(block.text, block.lines)];
    case 'heading':
      return [headingParagraph(block.text, block.level, fonts)];
    case 'paragraph':
      return [bodyParagraph(block.text, fonts)];
    case 'table':
      return [docxTable(block, fonts.tableFont)];
    case 'signature':
      return signatureParagraphs(block.lines, fonts);
  }
}

/**
 * The whole report as .docx bytes (works in the browser and in Node). Characters XML does not
 * allow are left out of the document (see xml-chars.ts); the embedded report keeps them.
 */
export async function renderDocx(original: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const report = xmlSafeValue(original).value;
  const fonts = xmlSafeValue({ ...DEFAULT_DOCX_OPTIONS, ...options }).value;
  const document = new Document({
    title: reportTitle(report),
    creator: report.meta.org,
    evenAndOddHeaderAndFooters: true,
    // The styles match the paragraphs, so text a user adds in Word with 标题 1/2 looks the same.
    styles: {
      default: {
        document: { run: runLook(fonts.bodyFont, SIZE.sanhao) },
        title: { run: runLook(TITLE_FONT, SIZE.erhao) },
        heading1: { run: runLook(HEADING_FONT, SIZE.sanhao) },
        heading2: { run: runLook(fonts.kaiFont, SIZE.sanhao) },
      },
    },
    sections: [
      {
        ...pageSetup(),
        children: layoutReport(report).flatMap((block) => renderBlock(block, fonts)),
      },
    ],
  });
  return embedReport(new Uint8Array(await Packer.toArrayBuffer(document)), original);
}
