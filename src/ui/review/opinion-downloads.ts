/**
 * The desk's 审核意见 downloads, React-free: one unit's Word opinion (its opinion file inside) or
 * its .json, every shown unit's opinions as one .zip, and the records document of the units
 * shown. The Word writer is loaded on first use, as for the report's own export.
 */
import {
  opinionFile,
  opinionFileName,
  saveOpinionFile,
  type ReportReview,
  type ReviewedFile,
} from '../../core';
import { download } from '../download';
import type { BatchEntry } from './batch-entry';
import type { ReviewSettings } from './review-db';
import { reviewedFiles, today } from './reviewed-files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 发文机关 and 成文日期 as set on the desk (no date set: today). */
export function opinionOptions(settings: ReviewSettings): { issuer: string; date: string } {
  return { issuer: settings.reviewer.trim(), date: settings.opinionDate || today() };
}

function one(entry: BatchEntry, review: ReportReview | undefined): ReviewedFile {
  const [file] = reviewedFiles([entry], new Map(review ? [[entry.id, review]] : []));
  if (!file) throw new Error('no file');
  return file;
}

/** One unit's opinion as Word (its opinion file embedded). */
export async function downloadUnitOpinion(
  entry: BatchEntry,
  review: ReportReview | undefined,
  settings: ReviewSettings,
): Promise<void> {
  const file = one(entry, review);
  const options = opinionOptions(settings);
  const docx = await import('../../core/review/opinion-docx');
  const opinion = opinionFile(file, options);
  const bytes = opinion
    ? await docx.renderUnitOpinionDocx(opinion)
    : await docx.renderUnreadableOpinionDocx(file, options);
  download(`${opinionFileName(file)}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX);
}

/** One unit's machine-readable opinion (.json); nothing for a file that could not be read. */
export function downloadUnitOpinionFile(
  entry: BatchEntry,
  review: ReportReview | undefined,
  settings: ReviewSettings,
): void {
  const file = one(entry, review);
  const opinion = opinionFile(file, opinionOptions(settings));
  if (!opinion) return;
  download(`${opinionFileName(file)}.json`, saveOpinionFile(opinion), 'application/json');
}

/** Every unit's opinion (Word and .json) in one .zip. */
export async function downloadOpinionArchive(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  settings: ReviewSettings,
): Promise<void> {
  const { opinionArchive } = await import('../../core/review/opinion-docx');
  const options = opinionOptions(settings);
  const bytes = await opinionArchive(reviewedFiles(entries, reviews), options);
  download(
    `审核意见-${entries.length}份-${options.date}.zip`,
    bytes as Uint8Array<ArrayBuffer>,
    'application/zip',
  );
}

/** The records document of the units shown. */
export async function downloadOpinionRecords(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  settings: ReviewSettings,
): Promise<void> {
  const { renderOpinionDocx } = await import('../../core/review/opinion-docx');
  const options = opinionOptions(settings);
  const bytes = await renderOpinionDocx(reviewedFiles(entries, reviews), options);
  download(`审核意见汇总-${options.date}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX);
}
