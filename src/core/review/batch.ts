/**
 * A review batch checked at once: each report against last year's report of the same 机关 when
 * the batch has one (matched by name and year − 1), otherwise against the one its file links.
 */
import { checkAll, sortFindings, type CheckOptions } from '../check';
import { checkOutline } from '../county/outline';
import { checkSummaries } from '../county/summary-units';
import type { CellSource } from '../import/import-result';
import type { Report } from '../report';
import { matchLastYear, orgKey } from '../org-name';
import type { ReviewedFile } from './reviewed-file';

export interface ReadFile {
  readonly file: string;
  readonly report?: Report;
  readonly error?: string;
  readonly notes?: readonly string[];
  /** The heading lines the importer saw (OUTLINE). */
  readonly headings?: readonly string[];
  /** The importer's provenance of each cell: findings on cells not read as printed are doubts. */
  readonly provenance?: Readonly<Record<string, CellSource>>;
}

/** Last year's report of each file in the batch, by index. */
export function batchLastYear(files: readonly ReadFile[]): Map<number, number> {
  const readable = files.flatMap((f, i) =>
    f.report ? [{ id: String(i), org: f.report.meta.org, year: f.report.meta.year }] : [],
  );
  const { lastYear } = matchLastYear(readable);
  return new Map([...lastYear].map(([now, last]) => [Number(now), Number(last)]));
}

/**
 * Every file checked (options: the profile), cross-year rules against its match in the batch, its
 * outline when it was imported, and a county's 汇总 against its units in the batch (SUMMARY_UNITS,
 * against the expected list when given).
 */
export function reviewBatch(
  files: readonly ReadFile[],
  options: CheckOptions & { readonly expected?: readonly string[] } = {},
): ReviewedFile[] {
  const last = batchLastYear(files);
  const { expected, ...checks } = options;
  const summaries = new Map(
    checkSummaries(files, { expected: expected ?? [] }).map((c) => [c.index, c.findings]),
  );
  return files.map(({ headings, provenance, ...entry }, i) => {
    if (!entry.report) return { ...entry, findings: [] };
    const lastYear = files[last.get(i) ?? -1]?.report;
    const findings = sortFindings([
      ...(summaries.get(i) ?? []),
      ...checkAll(entry.report, lastYear, provenance ? { ...checks, provenance } : checks),
      ...checkOutline(headings, entry.report),
    ]);
    return { ...entry, findings };
  });
}

/**
 * The earlier version of each report in the batch: the last readable one before it of the same
 * 机关 (by `orgKey`) and year — a corrected report sent again after an opinion. By index.
 */
export function previousVersions(
  files: readonly { readonly report?: Report }[],
): Map<number, number> {
  const last = new Map<string, number>();
  const previous = new Map<number, number>();
  files.forEach((file, i) => {
    if (!file.report) return;
    const key = `${orgKey(file.report.meta.org)}|${file.report.meta.year}`;
    const before = last.get(key);
    if (before !== undefined) previous.set(i, before);
    last.set(key, i);
  });
  return previous;
}
