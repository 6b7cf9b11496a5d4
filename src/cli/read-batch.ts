/** Reading every input file of a batch command, going on past the ones that cannot be read. */
import type { ReadFile } from '../core';
import { nearOrgName } from '../core/import/ocr';
import { readReport, type ReadResult } from './read-report';

/** The files in order: each with its report and notes, or the message why it could not be read. */
export async function readBatch(
  files: readonly string[],
  expected: readonly string[] = [],
): Promise<ReadFile[]> {
  const results: { file: string; result: ReadResult }[] = [];
  for (const file of files) results.push({ file, result: await readReport(file) });
  return batchFiles(results, expected);
}

/**
 * The batch's files from what was read. A 机关名称 read by OCR that is a character or two from
 * another file's name or an expected one gets a note proposing that name (沐阳 → 沭阳); it is
 * never replaced.
 */
export function batchFiles(
  results: readonly { file: string; result: ReadResult }[],
  expected: readonly string[],
): ReadFile[] {
  const orgs = results.flatMap(({ result }) =>
    result.ok && !readByOcr(result) ? [result.report.meta.org] : [],
  );
  return results.map(({ file, result }) => {
    if (!result.ok) return { file, error: result.message };
    const org = result.report.meta.org;
    const near = readByOcr(result) ? nearOrgName(org, [...expected, ...orgs]) : undefined;
    const nearNote = near
      ? [
          `机关名称由 OCR 识别为“${org}”，与“${near.name}”只差 ${near.differ} 个字，可能就是它，请对照原件核对。`,
        ]
      : [];
    return {
      file,
      report: result.report,
      notes: [...(result.notes ?? []), ...nearNote],
      ...(result.headings ? { headings: result.headings } : {}),
    };
  });
}

function readByOcr(result: Extract<ReadResult, { ok: true }>): boolean {
  return Object.values(result.provenance ?? {}).some((p) => p.source === 'ocr');
}
