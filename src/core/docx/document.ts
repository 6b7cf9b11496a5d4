/**
 * Layout blocks as a .docx in the GB/T 9704 layout (format.md §6): the one place that turns blocks
 * into Word, shared by the report export and the 审核意见 document.
 */
import { AlignmentType, Document, ImageRun, Packer, Paragraph, type FileChild } from 'docx';
import type { Block } from '../layout';
import {
  DEFAULT_DOCX_OPTIONS,
  HEADING_FONT,
  runLook,
  SIZE,
  TITLE_FONT,
  type DocxOptions,
} from './fonts';
import { pageSetup } from './page';
import { bodyParagraph, headingParagraph, signatureParagraphs, titleParagraph } from './paragraphs';
import { docxTable } from './table';

/** A picture (the county's 通报 chart): PNG bytes drawn at `width` × `height` px, centred. */
export interface ImageBlock {
  readonly type: 'image';
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** What the Word writer draws: the layout's blocks, and pictures. */
export type DocxBlock = Block | ImageBlock;

function renderBlock(block: DocxBlock, fonts: Required<DocxOptions>): FileChild[] {
  switch (block.type) {
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: block.width, height: block.height },
              altText: { name: block.alt, title: block.alt, description: block.alt },
            }),
          ],
        }),
      ];
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

/** Blocks as .docx bytes (works in the browser and in Node). */
export async function blocksToDocx(
  blocks: readonly DocxBlock[],
  properties: { readonly title: string; readonly creator: string },
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const fonts = { ...DEFAULT_DOCX_OPTIONS, ...options };
  const document = new Document({
    ...properties,
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
    sections: [{ ...pageSetup(), children: blocks.flatMap((block) => renderBlock(block, fonts)) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
