/**
 * The format a review batch's printed reports share: a scan whose pages print nothing that tells
 * the two formats apart (a cropped 表三) is read in it, and its doubt says so (import-scanned.ts).
 */
import type { KnownFormat } from '../../core/import/ocr';
import type { TemplateId } from '../../core';
import type { BatchEntry } from '../../workspace/review/batch-entry';

/** The one format of the batch's reports read from text (none if they differ or there are none). */
export function batchFormat(
  entries: readonly Pick<BatchEntry, 'report' | 'scan'>[],
): KnownFormat | undefined {
  const counts = new Map<TemplateId, number>();
  for (const entry of entries) {
    // A scan's own format may be the guess in doubt: only printed reports count.
    if (entry.report && !entry.scan) {
      counts.set(entry.report.template, (counts.get(entry.report.template) ?? 0) + 1);
    }
  }
  const [only, ...others] = [...counts];
  if (!only || others.length > 0) return undefined;
  return { template: only[0], from: `本批其他 ${only[1]} 份报告的格式` };
}
