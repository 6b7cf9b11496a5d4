/** The 审核意见 as .docx bytes, drawn by the report's Word renderer (loaded on demand, like it). */
import { blocksToDocx } from '../docx/document';
import type { DocxOptions } from '../docx/fonts';
import { opinionBlocks, opinionTitle, type OpinionOptions } from './opinion';
import type { ReviewedFile } from './reviewed-file';

/** The 审核意见 document of a review batch. */
export function renderOpinionDocx(
  files: readonly ReviewedFile[],
  options: OpinionOptions & DocxOptions = {},
): Promise<Uint8Array> {
  return blocksToDocx(
    opinionBlocks(files, options),
    { title: opinionTitle(files), creator: options.reviewer ?? '' },
    options,
  );
}
