/**
 * Explained warnings: the clerk says a warning is right as it stands (情况属实) and gives a reason.
 * The report file keeps the reason with the values of the finding's cells; while they are
 * unchanged the finding shows as explained, and a change to any of them reopens it. Errors cannot
 * be explained away.
 */
import { cellValue } from '../number';
import type { CellValue, Report, StoredExplanation } from '../report';
import type { Finding } from './catalogue';

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
}

/** Two cell values mean the same number (or the same invalid text). */
function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = cellValue(a, 'amount') ?? cellValue(a, 'signed');
  const y = cellValue(b, 'amount') ?? cellValue(b, 'signed');
  return x !== undefined && y !== undefined ? x === y : a === b;
}

/** Whether an explanation is about this finding and its cells still hold the values explained. */
function covers(e: StoredExplanation, f: Finding, report: Report): boolean {
  if (e.rule !== f.rule || (e.field ?? '') !== (f.field ?? '') || !sameCells(e.cells, f.cells))
    return false;
  if (f.cells.length === 0 && e.message !== f.message) return false;
  return f.cells.every((id) => sameValue(e.values[id], report.cells[id] ?? null));
}

/** The findings with every warning the report explains marked as explained. */
export function applyExplanations(report: Report, findings: Finding[]): Finding[] {
  const list = report.explanations ?? [];
  if (list.length === 0) return findings;
  return findings.map((f) => {
    if (f.severity === 'error') return f;
    const e = list.find((x) => covers(x, f, report));
    return e ? { ...f, explained: { reason: e.reason } } : f;
  });
}

/** The report with a reason recorded for a warning (replacing an earlier one for it). */
export function explainFinding(report: Report, finding: Finding, reason: string): Report {
  if (finding.severity === 'error') throw new Error('错误不能以说明代替改正');
  const values = Object.fromEntries(finding.cells.map((id) => [id, report.cells[id] ?? null]));
  const entry: StoredExplanation = {
    rule: finding.rule,
    cells: [...finding.cells],
    ...(finding.field ? { field: finding.field } : {}),
    ...(finding.cells.length === 0 ? { message: finding.message } : {}),
    reason: reason.trim(),
    values,
  };
  const rest = (report.explanations ?? []).filter((e) => !covers(e, finding, report));
  return { ...report, explanations: [...rest, entry] };
}

/** The report without the explanation of a finding. */
export function withdrawExplanation(report: Report, finding: Finding): Report {
  const rest = (report.explanations ?? []).filter((e) => !covers(e, finding, report));
  return { ...report, explanations: rest };
}

/**
 * The report without explanations whose cells changed since (they would never apply again); the
 * page calls it as the report changes, so the file keeps only live reasons.
 */
export function pruneExplanations(report: Report): Report {
  const list = report.explanations;
  if (!list?.length) return report;
  const live = list.filter((e) =>
    e.cells.every((id) => sameValue(e.values[id], report.cells[id] ?? null)),
  );
  return live.length === list.length ? report : { ...report, explanations: live };
}
