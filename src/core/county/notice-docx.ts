/** The 通报 as .docx bytes, drawn by the report's Word writer (loaded on demand, like it). */
import { blocksToDocx, type ImageBlock } from '../docx/document';
import type { DocxOptions } from '../docx/fonts';
import type { BatchIndicators, IndicatorInput } from './batch-indicators';
import { noticeBlocks, noticeTitle, type NoticeOptions } from './notice';

/** The county's 通报 of a batch, with the page's chart when it drew one. */
export function renderNoticeDocx(
  table: BatchIndicators,
  files: readonly IndicatorInput[],
  options: NoticeOptions & DocxOptions = {},
  chart?: ImageBlock,
): Promise<Uint8Array> {
  return blocksToDocx(
    noticeBlocks(table, files, options, chart),
    { title: noticeTitle(table.year), creator: options.issuer ?? '' },
    options,
  );
}
