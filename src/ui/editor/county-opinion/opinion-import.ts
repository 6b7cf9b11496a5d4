/**
 * Receiving the county's 审核意见 in the editor, React-free: the file read (its .json, or the Word
 * opinion that carries it), then checked against the draft (the same 机关 and year? the report
 * changed since it was reviewed?) before it is kept.
 */
import { reportFingerprint, sameOrgName, type OpinionFile, type Report } from '../../../core';

/** A file dropped or picked: an opinion, or why it is not one. */
export async function readOpinionFile(
  file: File,
): Promise<{ ok: true; opinion: OpinionFile } | { ok: false; message: string }> {
  if (file.size > 20 * 1024 * 1024) {
    return { ok: false, message: '文件过大，不是审核意见文件（审核意见一般不超过 1 MB）。' };
  }
  // The zip reader comes on demand, as the importers do: the page's first load stays light.
  const { readOpinionBytes } = await import('../../../core/review/opinion-embed');
  return readOpinionBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** Why this draft may not be the report the opinion is about (undefined: it is). */
export function otherUnit(opinion: OpinionFile, report: Report): string | undefined {
  const { org, year } = opinion.report;
  if (sameOrgName(org, report.meta.org) && year === report.meta.year) return undefined;
  return `这份审核意见是给“${org}”${year}年报告的，当前草稿是“${report.meta.org || '（未填写机关名称）'}”${report.meta.year}年报告。`;
}

/** Whether the draft changed since the county read it. */
export function changedSinceReview(opinion: OpinionFile, report: Report): boolean {
  return reportFingerprint(report) !== opinion.report.fingerprint;
}

/** A drag that carries files (not text or a link). */
export function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}
