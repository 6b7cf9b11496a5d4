/**
 * A review batch checked at once: each report against last year's report of the same 机关 when
 * the batch has one (matched by name and year − 1), otherwise against the one its file links.
 */
import { checkAll, type CheckOptions } from '../check';
import type { Report } from '../report';
import { matchLastYear } from '../org-name';
import type { ReviewedFile } from './reviewed-file';

export interface ReadFile {
  readonly file: string;
  readonly report?: Report;
  readonly error?: string;
  readonly notes?: readonly string[];
}

/** Last year's report of each file in the batch, by index. */
export function batchLastYear(files: readonly ReadFile[]): Map<number, number> {
  const readable = files.flatMap((f, i) =>
    f.report ? [{ id: String(i), org: f.report.meta.org, year: f.report.meta.year }] : [],
  );
  const { lastYear } = matchLastYear(readable);
  return new Map([...lastYear].map(([now, last]) => [Number(now), Number(last)]));
}

/** Every file checked, cross-year rules against its match in the batch (options: the profile). */
export function reviewBatch(
  files: readonly ReadFile[],
  options: CheckOptions = {},
): ReviewedFile[] {
  const last = batchLastYear(files);
  return files.map((entry, i) => {
    if (!entry.report) return { ...entry, findings: [] };
    const lastYear = files[last.get(i) ?? -1]?.report;
    return { ...entry, findings: checkAll(entry.report, lastYear, options) };
  });
}
