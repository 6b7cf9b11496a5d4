/**
 * The desk's 审核意见 downloads, React-free: one unit's Word opinion (its opinion file inside) or
 * its .json, every shown unit's opinions as one .zip, and the records document of the units
 * shown. Each opinion knows the whole batch, so a corrected report's says what became of the
 * earlier version's items. The Word writer is loaded on first use, as for the report's export.
 */
import { opinionFile, opinionFileName, saveOpinionFile, type ReportReview } from '../../core';
import { download } from '../../workspace/platform/download';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../workspace/review/review-db';
import { reviewedFiles, today } from './reviewed-files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The batch an opinion is written in: every entry (drop order), the decisions, the settings. */
export interface OpinionContext {
  readonly all: readonly BatchEntry[];
  readonly reviews: ReadonlyMap<string, ReportReview>;
  readonly settings: ReviewSettings;
}

/** 发文机关 and 成文日期 as set on the desk (no date set: today). */
export function opinionOptions(settings: ReviewSettings): { issuer: string; date: string } {
  return { issuer: settings.reviewer.trim(), date: settings.opinionDate || today() };
}

function files(entries: readonly BatchEntry[], context: OpinionContext) {
  return reviewedFiles(entries, context.reviews, context.all, opinionOptions(context.settings));
}

/** One unit's opinion as Word (its opinion file embedded). */
export async function downloadUnitOpinion(
  entry: BatchEntry,
  context: OpinionContext,
): Promise<void> {
  const [file] = files([entry], context);
  if (!file) return;
  const options = opinionOptions(context.settings);
  const docx = await import('../../core/word');
  const opinion = opinionFile(file, options);
  const bytes = opinion
    ? await docx.renderUnitOpinionDocx(opinion)
    : await docx.renderUnreadableOpinionDocx(file, options);
  download(`${opinionFileName(file)}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX);
}

/** One unit's machine-readable opinion (.json); nothing for a file that could not be read. */
export function downloadUnitOpinionFile(entry: BatchEntry, context: OpinionContext): void {
  const [file] = files([entry], context);
  const opinion = file && opinionFile(file, opinionOptions(context.settings));
  if (!file || !opinion) return;
  download(`${opinionFileName(file)}.json`, saveOpinionFile(opinion), 'application/json');
}

/** Every shown unit's opinion (Word and .json) in one .zip. */
export async function downloadOpinionArchive(
  shown: readonly BatchEntry[],
  context: OpinionContext,
): Promise<void> {
  const { opinionArchive } = await import('../../core/word');
  const options = opinionOptions(context.settings);
  const bytes = await opinionArchive(files(shown, context), options);
  download(
    `审核意见-${shown.length}份-${options.date}.zip`,
    bytes as Uint8Array<ArrayBuffer>,
    'application/zip',
  );
}

/** The records document of the units shown. */
export async function downloadOpinionRecords(
  shown: readonly BatchEntry[],
  context: OpinionContext,
): Promise<void> {
  const { renderOpinionDocx } = await import('../../core/word');
  const options = opinionOptions(context.settings);
  const bytes = await renderOpinionDocx(files(shown, context), options);
  download(`审核意见汇总-${options.date}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX);
}
